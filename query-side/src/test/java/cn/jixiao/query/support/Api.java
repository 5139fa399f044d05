package cn.jixiao.query.support;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.web.ProblemAdvice;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Controllers bound without Spring Boot, with the query side's problem handler and an {@link Actor} taken from test
 * headers (deploy resolves it from the JWT): {@code X-Roles: FILER,VIEWER}, {@code X-Unit: 431203001}.
 */
public final class Api {

    public static final String ROLES = "X-Roles";
    public static final String UNIT = "X-Unit";

    private Api() {
    }

    public static WebTestClient client(Object... controllers) {
        return WebTestClient.bindToController(controllers)
                .argumentResolvers(resolvers -> resolvers.addCustomResolver(new ActorFromHeaders()))
                .controllerAdvice(new ProblemAdvice())
                .build();
    }

    public static Consumer<org.springframework.http.HttpHeaders> as(Role role) {
        return headers -> headers.set(ROLES, role.name());
    }

    public static Consumer<org.springframework.http.HttpHeaders> asFiler(String unitCode) {
        return headers -> {
            headers.set(ROLES, Role.FILER.name());
            headers.set(UNIT, unitCode);
        };
    }

    static final class ActorFromHeaders implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Actor.class;
        }

        @Override
        public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
            var headers = exchange.getRequest().getHeaders();
            String roles = headers.getFirst(ROLES);
            Set<Role> set = roles == null ? Set.of(Role.VIEWER)
                    : Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf).collect(Collectors.toSet());
            boolean operator = set.contains(Role.PLATFORM_OPERATOR);
            return Mono.just(new Actor("u-test", "测试用户", set, operator ? null : TestTenant.TENANT, headers.getFirst(UNIT)));
        }
    }
}
