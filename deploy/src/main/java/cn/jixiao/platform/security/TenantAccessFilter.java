package cn.jixiao.platform.security;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.platform.tenancy.TenantStatuses;
import cn.jixiao.platform.web.ProblemWriter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refuses every request of a tenant that is unknown or suspended (403), before any controller runs.
 * Platform operators carry no tenant and pass; what they may call is limited by their role.
 */
@Component
public class TenantAccessFilter extends ActorRefusalFilter {

    private final TenantStatuses statuses;

    public TenantAccessFilter(TenantStatuses statuses, ProblemWriter problems) {
        super(problems);
        this.statuses = statuses;
    }

    @Override
    protected Mono<Refusal> refusal(Actor actor) {
        return reason(actor).map(detail -> new Refusal(null, detail));
    }

    private Mono<String> reason(Actor actor) {
        if (actor.has(Role.PLATFORM_OPERATOR)) {
            return Mono.empty();
        }
        if (actor.tenant() == null) {
            return Mono.just("令牌未包含有效的租户");
        }
        return statuses.isActive(actor.tenant())
                .flatMap(active -> active ? Mono.<String>empty() : Mono.just("租户不存在或已停用: " + actor.tenant()));
    }
}
