package cn.jixiao.platform.security;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.platform.tenancy.TenantStatuses;
import cn.jixiao.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses every request of a tenant that is unknown or suspended (403), before any controller runs.
 * Platform operators carry no tenant and pass; what they may call is limited by their role.
 */
@Component
public class TenantAccessFilter implements WebFilter {

    private final TenantStatuses statuses;
    private final ProblemWriter problems;

    public TenantAccessFilter(TenantStatuses statuses, ProblemWriter problems) {
        this.statuses = statuses;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> JwtActors.toActor(((JwtAuthenticationToken) auth).getToken()))
                .flatMap(actor -> refusal(actor).map(detail -> problems.write(exchange, HttpStatus.FORBIDDEN, detail)))
                .switchIfEmpty(Mono.defer(() -> Mono.just(chain.filter(exchange))))
                .flatMap(next -> next);
    }

    private Mono<String> refusal(Actor actor) {
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
