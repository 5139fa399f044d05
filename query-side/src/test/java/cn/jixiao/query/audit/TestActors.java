package cn.jixiao.query.audit;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stands in for deploy's JWT-based resolver: the test names the caller's roles in {@code X-Test-Roles}
 * (a platform operator gets no tenant, as its token's tenant claim is ignored).
 */
public final class TestActors implements HandlerMethodArgumentResolver {

    public static final String ROLES = "X-Test-Roles";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(ROLES);
        Set<Role> roles = header == null ? Set.of()
                : Arrays.stream(header.split(",")).map(String::strip).map(Role::valueOf).collect(Collectors.toSet());
        boolean operator = roles.contains(Role.PLATFORM_OPERATOR);
        return Mono.just(new Actor("u-test", "测试用户", roles, operator ? null : AuditFixture.TENANT, null));
    }
}
