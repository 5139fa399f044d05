package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** The operator rebuilds a tenant's read models on the running service; readers see the same form afterwards. */
@ServiceTest
class OperatorRebuildTest {

    @Autowired
    WebTestClient client;

    @Test
    void aRebuildReportsItsProgressAndLeavesTheFormAsItWas() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        String tenant = Tenants.onboard(client, "rebuild");
        String filer = Tokens.of(tenant, "filer", "430412003", Role.FILER);
        String viewer = Tokens.of(tenant, "viewer", null, Role.VIEWER);
        String id = client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("year", 2020, "kind", "DEPARTMENT", "unit", Map.of("code", "430412003", "name", "南岳区某学校"),
                        "filingUnit", "南岳区某学校", "leader", "李四"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
        client.put().uri("/api/v1/declarations/{id}/notes", id).headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("text", "无")).exchange().expectStatus().isOk();
        String before = form(id, viewer);

        client.post().uri("/api/v1/admin/tenants/{id}/projections/rebuild", tenant)
                .headers(h -> h.setBearerAuth(Tokens.operator())).exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.get()
                .uri("/api/v1/admin/tenants/{id}/projections/rebuild", tenant)
                .headers(h -> h.setBearerAuth(Tokens.operator())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DONE")
                .jsonPath("$.eventsTotal").isEqualTo(2)
                .jsonPath("$.eventsDone").isEqualTo(2));

        org.assertj.core.api.Assertions.assertThat(form(id, viewer)).isEqualTo(before);
        client.post().uri("/api/v1/admin/tenants/{id}/projections/rebuild", "no-such-tenant")
                .headers(h -> h.setBearerAuth(Tokens.operator())).exchange().expectStatus().isNotFound();
    }

    private String form(String id, String token) {
        return client.get().uri("/api/v1/declarations/{id}?minVersion=2", id).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
