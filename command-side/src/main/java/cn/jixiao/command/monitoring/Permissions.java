package cn.jixiao.command.monitoring;

import cn.jixiao.command.ActorMetaData;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.monitoring.MonitoringCodes;
import cn.jixiao.kernel.monitoring.MonitoringRejectedException;
import org.axonframework.messaging.MetaData;

/** Who may act on a monitoring round or form, read from the command's metadata as the declaration reads it. */
final class Permissions {

    private Permissions() {
    }

    static void requireRole(MetaData metaData, Role role, String action) {
        if (!ActorMetaData.from(metaData).has(role)) {
            throw MonitoringRejectedException.forbidden(MonitoringCodes.ROLE_REQUIRED, "当前用户无权" + action);
        }
    }

    /** A filer reports on their own unit only; a tenant admin may act for any unit. */
    static void requireFilerOf(String unit, MetaData metaData) {
        ActorMetaData actor = ActorMetaData.from(metaData);
        if (actor.has(Role.TENANT_ADMIN)) {
            return;
        }
        if (!actor.has(Role.FILER)) {
            throw MonitoringRejectedException.forbidden(MonitoringCodes.ROLE_REQUIRED, "只有填报人可以填报监控表");
        }
        if (unit == null || !unit.equals(actor.unit())) {
            throw MonitoringRejectedException.forbidden(MonitoringCodes.OTHER_UNIT, "只能填报本单位的监控表");
        }
    }

    static boolean samePerson(PersonRef someone, PersonRef other) {
        return someone != null && other != null && someone.id() != null && someone.id().equals(other.id());
    }
}
