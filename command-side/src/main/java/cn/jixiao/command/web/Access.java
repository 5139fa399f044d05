package cn.jixiao.command.web;

import cn.jixiao.command.declaration.LifecycleCodes;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;

/**
 * Who may call which endpoint (api.md). The aggregate checks again (own unit, own filing); this refuses early
 * and keeps a platform operator out of every tenant's declarations whatever else the token says.
 */
public final class Access {

    private Access() {
    }

    public static void require(Actor actor, Role role, String action) {
        if (actor == null || actor.tenant() == null || actor.has(Role.PLATFORM_OPERATOR) || !actor.has(role)) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.ROLE_REQUIRED, "当前用户无权" + action);
        }
    }
}
