package cn.jixiao.command.testing;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stands in for deploy's JWT resolver: the actor comes from test headers (X-Actor-Id, X-Actor-Name,
 * X-Actor-Roles comma-separated, X-Actor-Unit); the tenant is always {@link #TENANT} except for operators.
 */
public final class TestActorResolver implements HandlerMethodArgumentResolver {

    public static final TenantId TENANT = TenantId.of("nanyue");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        Set<Role> roles = Arrays.stream(headers.getFirst("X-Actor-Roles").split(","))
                .map(String::trim).map(Role::valueOf).collect(Collectors.toSet());
        TenantId tenant = roles.contains(Role.PLATFORM_OPERATOR) ? null : TENANT;
        return Mono.just(new Actor(headers.getFirst("X-Actor-Id"), headers.getFirst("X-Actor-Name"), roles, tenant,
                headers.getFirst("X-Actor-Unit")));
    }
}
