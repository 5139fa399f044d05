package cn.jixiao.kernel.testing;

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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one stand-in for deploy's JWT resolver in the modules' controller tests: the {@link Actor} comes from the
 * headers below, or is fixed by the test ({@link #always}). Without {@value #TENANT} the actor gets the default
 * tenant given here, except a platform operator, who has none; without {@value #ROLES} it is a viewer.
 */
public final class TestActors implements HandlerMethodArgumentResolver {

    public static final String ID = "X-Actor-Id";
    public static final String NAME = "X-Actor-Name";
    /** Comma-separated {@link Role} names. */
    public static final String ROLES = "X-Actor-Roles";
    public static final String TENANT = "X-Actor-Tenant";
    public static final String UNIT = "X-Actor-Unit";
    /** The tenant of the modules' tests (南岳区). */
    public static final TenantId NANYUE = TenantId.of("nanyue");

    private final Function<ServerWebExchange, Actor> actor;

    private TestActors(Function<ServerWebExchange, Actor> actor) {
        this.actor = actor;
    }

    /** From the headers; an actor without {@value #TENANT} belongs to {@code defaultTenant} (may be null). */
    public static TestActors fromHeaders(TenantId defaultTenant) {
        return new TestActors(exchange -> fromHeaders(exchange.getRequest().getHeaders(), defaultTenant));
    }

    /** The same actor whatever the request says. */
    public static TestActors always(Supplier<Actor> actor) {
        return new TestActors(exchange -> actor.get());
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
        return Mono.just(actor.apply(exchange));
    }

    private static Actor fromHeaders(HttpHeaders headers, TenantId defaultTenant) {
        String roleNames = headers.getFirst(ROLES);
        Set<Role> roles = roleNames == null ? Set.of(Role.VIEWER) : Arrays.stream(roleNames.split(","))
                .map(String::trim).map(Role::valueOf).collect(Collectors.toSet());
        String tenant = headers.getFirst(TENANT);
        TenantId tenantId = tenant != null ? TenantId.of(tenant)
                : roles.contains(Role.PLATFORM_OPERATOR) ? null : defaultTenant;
        return new Actor(orElse(headers.getFirst(ID), "u-test"), orElse(headers.getFirst(NAME), "测试用户"), roles,
                tenantId, headers.getFirst(UNIT));
    }

    private static String orElse(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
