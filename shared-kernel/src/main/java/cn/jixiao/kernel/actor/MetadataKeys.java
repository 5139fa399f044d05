package cn.jixiao.kernel.actor;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The metadata every command carries and every event inherits: who, for which tenant, in which request. */
public final class MetadataKeys {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_NAME = "actorName";
    /** Comma-separated role names. */
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String ACTOR_UNIT = "actorUnit";
    public static final String TENANT = "tenant";
    public static final String CORRELATION_ID = "correlationId";
    public static final String IMPORT_FILE = "importFile";
    public static final String IMPORT_SHA256 = "importSha256";

    /** Copied from each command to the events it causes. */
    public static final List<String> PROPAGATED = List.of(ACTOR_ID, ACTOR_NAME, ACTOR_ROLES, ACTOR_UNIT, TENANT,
            CORRELATION_ID, IMPORT_FILE, IMPORT_SHA256);

    private MetadataKeys() {
    }

    /** The metadata of a command the actor sends: roles comma-separated, unit and tenant only when present. */
    public static Map<String, Object> forActor(Actor actor) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(ACTOR_ID, actor.id());
        metadata.put(ACTOR_NAME, actor.name());
        metadata.put(ACTOR_ROLES, actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        if (actor.unitCode() != null) {
            metadata.put(ACTOR_UNIT, actor.unitCode());
        }
        if (actor.tenant() != null) {
            metadata.put(TENANT, actor.tenant().value());
        }
        return metadata;
    }

    /** Reads the roles back; unknown role names are ignored rather than trusted. */
    public static Set<Role> roles(Object value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value != null) {
            Arrays.stream(value.toString().split(",")).map(String::trim).forEach(name ->
                    Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(roles::add));
        }
        return roles;
    }
}
