package cn.jixiao.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and client developers reach without a token: health, info and the published API. */
@ServiceTest
class ServiceBasicsTest {

    @Autowired
    WebTestClient client;

    @Test
    void healthIsUpWithMongoDb() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP");
    }

    @Test
    void infoNamesTheService() {
        client.get().uri("/actuator/info").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.app.name").isEqualTo("Jixiao 绩效目标申报");
    }

    @Test
    void theWholeApiIsPublishedAsOpenApiWithoutTheTokensActor() {
        String docs = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(docs).contains("/api/v1/declarations", "/api/v1/declarations/{id}/history", "/api/v1/imports",
                "/api/v1/dashboard/stream", "/api/v1/audit/verification", "/api/v1/admin/tenants", "bearer-jwt");
        assertThat(docs).doesNotContain("\"name\":\"actor\"");
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
