package cn.jixiao.command;

import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.actor.Role;

import java.util.Map;
import java.util.Set;

/**
 * The actor as the aggregate reads it back from a command's metadata, to decide whether the sender may act on
 * this unit. Deploy writes the same keys with {@link MetadataKeys#forActor}, so writer and reader cannot drift apart.
 */
public record ActorMetaData(String actorId, Set<Role> roles, String unit) {

    /** Reads what a command carries; unknown role names are ignored rather than trusted. */
    public static ActorMetaData from(Map<String, ?> metadata) {
        Object id = metadata.get(MetadataKeys.ACTOR_ID);
        Object unit = metadata.get(MetadataKeys.ACTOR_UNIT);
        return new ActorMetaData(id == null ? null : id.toString(), MetadataKeys.roles(metadata.get(MetadataKeys.ACTOR_ROLES)),
                unit == null ? null : unit.toString());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
