package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.platform.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The demo tenant starts with its register: the seed unit in the section of its business reviewer, the demo
 * users, the editions of 2020 and 2021; the seed form, imported without a unit code, lands on the registered
 * unit; a business reviewer of another section cannot review it, the demo's own can.
 */
class DemoRegisterTest {

    @TempDir
    Path dataDir;

    @Test
    void theDemoTenantStartsWithItsRegisterAndRoutesTheSeedToItsSection() {
        String demo = DemoUsers.TENANT;
        String seed = DeclarationId.forUnit(DemoUsers.SEED_UNIT_CODE, 2020, DeclarationKind.DEPARTMENT).value();
        String admin = Tokens.of(demo, "demo-admin", null, Role.TENANT_ADMIN);
        String filer = Tokens.of(demo, "demo-filer", DemoUsers.SEED_UNIT_CODE, Role.FILER);
        String business = Tokens.of(demo, "demo-business", null, Role.BUSINESS_REVIEWER);
        String otherSection = Tokens.of(demo, "edu-reviewer", null, Role.BUSINESS_REVIEWER);
        try (ConfigurableApplicationContext app = start()) {
            WebTestClient client = clientOf(app);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> client.get().uri("/api/v1/admin/users/demo-business")
                    .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.section").isEqualTo("civil"));
            client.get().uri("/api/v1/admin/units/{code}", DemoUsers.SEED_UNIT_CODE).headers(h -> h.setBearerAuth(admin))
                    .exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.name").isEqualTo("衡阳市南岳区祝融街道办事处")
                    .jsonPath("$.section").isEqualTo("civil");
            client.get().uri("/api/v1/admin/years").headers(h -> h.setBearerAuth(admin)).exchange()
                    .expectBody().jsonPath("$.items[1].edition").isEqualTo("2021");
            client.get().uri("/api/v1/declarations/{id}?minVersion=53", seed).headers(h -> h.setBearerAuth(filer))
                    .exchange().expectStatus().isOk().expectBody().jsonPath("$.unit.code").isEqualTo(DemoUsers.SEED_UNIT_CODE);

            client.put().uri("/api/v1/admin/users/edu-reviewer").headers(h -> h.setBearerAuth(admin))
                    .bodyValue(Map.of("name", "张教科", "roles", List.of("BUSINESS_REVIEWER"), "section", "education"))
                    .exchange().expectStatus().isOk();
            client.post().uri("/api/v1/declarations/{id}/submit", seed).headers(h -> h.setBearerAuth(filer))
                    .bodyValue(Map.of()).exchange().expectStatus().isOk();
            client.post().uri("/api/v1/declarations/{id}/business-review", seed).headers(h -> h.setBearerAuth(otherSection))
                    .bodyValue(Map.of("decision", "PASS", "opinion", "同意")).exchange()
                    .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("OTHER_SECTION");
            client.post().uri("/api/v1/declarations/{id}/business-review", seed).headers(h -> h.setBearerAuth(business))
                    .bodyValue(Map.of("decision", "PASS", "opinion", "同意")).exchange().expectStatus().isOk();
        }
    }

    private ConfigurableApplicationContext start() {
        return EmbeddedService.startWithDemo(dataDir);
    }

    private static WebTestClient clientOf(ConfigurableApplicationContext context) {
        return EmbeddedService.clientOf(context);
    }
}
