package cn.jixiao.command;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The actor as command metadata (DESIGN.md "Metadata on every command"). Deploy attaches it when sending; the
 * aggregate reads it back to decide whether the sender may act on this unit. One place, so writer and reader
 * cannot drift apart.
 */
public record ActorMetaData(String actorId, Set<Role> roles, String unit) {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_NAME = "actorName";
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String ACTOR_UNIT = "actorUnit";
    public static final String TENANT = "tenant";

    /** The metadata deploy attaches for an actor: roles comma-separated, unit and tenant only when present. */
    public static Map<String, Object> of(Actor actor) {
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

    /** Reads what a command carries; unknown role names are ignored rather than trusted. */
    public static ActorMetaData from(Map<String, ?> metadata) {
        Object id = metadata.get(ACTOR_ID);
        Object unit = metadata.get(ACTOR_UNIT);
        return new ActorMetaData(id == null ? null : id.toString(), roles(metadata.get(ACTOR_ROLES)),
                unit == null ? null : unit.toString());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    private static Set<Role> roles(Object value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value == null) {
            return roles;
        }
        Arrays.stream(value.toString().split(","))
                .map(String::trim)
                .forEach(name -> Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(roles::add));
        return roles;
    }
}
