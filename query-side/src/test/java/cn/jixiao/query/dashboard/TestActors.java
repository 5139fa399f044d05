package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test stand-in for deploy's token-based {@link Actor} resolution: the actor is read from the headers
 * {@code X-Tenant}, {@code X-Roles} (comma-separated) and {@code X-Unit}.
 */
public final class TestActors implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
        var headers = exchange.getRequest().getHeaders();
        String tenant = headers.getFirst("X-Tenant");
        Set<Role> roles = Arrays.stream(headers.getFirst("X-Roles").split(","))
                .map(Role::valueOf).collect(Collectors.toSet());
        return Mono.just(new Actor("u-test", "测试用户", roles, tenant == null ? null : TenantId.of(tenant),
                headers.getFirst("X-Unit")));
    }
}
