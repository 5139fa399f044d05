package cn.jixiao.kernel.actor;

import java.util.List;

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
}
