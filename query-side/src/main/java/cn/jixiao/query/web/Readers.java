package cn.jixiao.query.web;

import cn.jixiao.web.ApiProblem;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;

import java.util.Optional;

/**
 * Who may read declarations: every role of a tenant; never the platform operator (it runs the SaaS and does not
 * read tenants' declarations). A filer (without a tenant-wide role) reads only its own unit.
 */
public final class Readers {

    private static final Role[] TENANT_WIDE = {Role.BUSINESS_REVIEWER, Role.PERFORMANCE_REVIEWER, Role.AUDITOR,
            Role.VIEWER, Role.TENANT_ADMIN};

    private Readers() {
    }

    /** The tenant whose declarations the actor may read, or 403. */
    public static TenantId tenantOf(Actor actor) {
        if (actor.tenant() == null || !(actor.has(Role.FILER) || actor.hasAny(TENANT_WIDE))) {
            throw ApiProblem.forbidden("平台运维人员不能查看租户的申报表");
        }
        return actor.tenant();
    }

    /** The unit the actor is limited to; empty when it reads the whole tenant. */
    public static Optional<String> unitLimit(Actor actor) {
        if (actor.hasAny(TENANT_WIDE)) {
            return Optional.empty();
        }
        // A filer without a unit in its token sees no unit at all rather than every unit.
        return Optional.of(actor.unitCode() == null ? "" : actor.unitCode());
    }

    /** 403 when a filer asks for another unit's declaration. */
    public static void checkUnit(Actor actor, String unitCode) {
        unitLimit(actor).filter(own -> !own.equals(unitCode)).ifPresent(own -> {
            throw ApiProblem.forbidden("填报人员只能查看本单位的申报表");
        });
    }
}
