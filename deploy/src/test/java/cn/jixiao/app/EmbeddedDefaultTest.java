package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.platform.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default as a newcomer starts it: the demo tenant with the seed form at first start, data kept
 * in the data directory across a restart, and the seed not imported twice.
 */
class EmbeddedDefaultTest {

    /** The seed form imported as a filer would: created, then every field, goal and indicator. */
    static final int SEED_EVENTS = 53;

    @TempDir
    Path dataDir;

    @Test
    void firstStartCreatesTheDemoTenantWithTheSeedFormAndARestartKeepsEverything() {
        String viewer = Tokens.of(DemoUsers.TENANT, "demo-viewer", null, Role.VIEWER);
        String seedId;
        try (ConfigurableApplicationContext first = start()) {
            WebTestClient client = clientOf(first);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.get().uri("/api/v1/declarations")
                    .headers(h -> h.setBearerAuth(viewer)).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.total").isEqualTo(1));
            Map<?, ?> seed = client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(viewer))
                    .exchange().expectBody(Map.class).returnResult().getResponseBody();
            seedId = ((Map<?, ?>) ((java.util.List<?>) seed.get("items")).get(0)).get("id").toString();
            // every projection write is synced: on a busy machine the seed may take longer than one minVersion wait
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> client.get()
                    .uri("/api/v1/declarations/{id}?minVersion={v}", seedId, SEED_EVENTS)
                    .headers(h -> h.setBearerAuth(viewer)).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.unit.name").isEqualTo("衡阳市南岳区祝融街道办事处")
                    .jsonPath("$.goals.length()").isEqualTo(4)
                    .jsonPath("$.income.total").isEqualTo("649.4"));
            client.get().uri("/actuator/health/readiness").headers(h -> h.setBearerAuth(Tokens.operator()))
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP")
                    .jsonPath("$.components.demoTenant.details.registered").isEqualTo(true)
                    .jsonPath("$.components.demoTenant.details.seedForm").isEqualTo(true);
            client.post().uri("/api/v1/admin/tenants").headers(h -> h.setBearerAuth(Tokens.operator()))
                    .bodyValue(Map.of("id", "kept-tenant", "name", "重启后仍在", "region", "湖南省"))
                    .exchange().expectStatus().isCreated();
        }
        try (ConfigurableApplicationContext second = start()) {
            WebTestClient client = clientOf(second);
            client.get().uri("/api/v1/declarations/{id}", seedId).headers(h -> h.setBearerAuth(viewer)).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(SEED_EVENTS);
            client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(viewer)).exchange()
                    .expectBody().jsonPath("$.total").isEqualTo(1);
            client.get().uri("/api/v1/admin/tenants").headers(h -> h.setBearerAuth(Tokens.operator())).exchange()
                    .expectBody().jsonPath("$.items[?(@.id == 'kept-tenant')]").exists();
        }
        assertThat(dataDir.resolve("mongo.mv")).exists();
    }

    private ConfigurableApplicationContext start() {
        return EmbeddedService.startWithDemo(dataDir);
    }

    private static WebTestClient clientOf(ConfigurableApplicationContext context) {
        return EmbeddedService.clientOf(context);
    }
}
