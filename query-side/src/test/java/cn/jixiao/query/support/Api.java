package cn.jixiao.query.support;

import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.web.ProblemAdvice;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.function.Consumer;

/**
 * Controllers bound without Spring Boot, with the query side's problem handler and an {@link Actor} taken from test
 * headers (deploy resolves it from the JWT): {@code X-Actor-Roles: FILER,VIEWER}, {@code X-Actor-Unit: 431203001} ({@link TestActors}).
 */
public final class Api {

    public static final String ROLES = TestActors.ROLES;
    public static final String UNIT = TestActors.UNIT;

    private Api() {
    }

    public static WebTestClient client(Object... controllers) {
        return WebTestClient.bindToController(controllers)
                .argumentResolvers(resolvers -> resolvers.addCustomResolver(TestActors.fromHeaders(TestTenant.TENANT)))
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
}
