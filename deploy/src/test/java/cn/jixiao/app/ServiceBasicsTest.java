package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and client developers reach without a token: health, info and the published API. */
@ServiceTest
class ServiceBasicsTest {

    @Autowired
    WebTestClient client;

    @Test
    void healthIsUpWithMongoDbAndItsDetailsAreForOperatorsOnly() {
        client.get().uri("/actuator/health").headers(h -> h.setBearerAuth(Tokens.operator())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.diskSpace.details.path").exists();
        String anonymous = client.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("components", "details", "path");
        client.get().uri("/actuator/health").headers(h -> h.setBearerAuth(Tokens.of("t", "v", null, Role.VIEWER)))
                .exchange().expectBody().jsonPath("$.components").doesNotExist();
    }

    @Test
    void readinessWaitsForMongoDbAndTheTenantRegistryWhileLivenessAsksOnlyTheProcess() {
        client.get().uri("/actuator/health/readiness").headers(h -> h.setBearerAuth(Tokens.operator())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.tenantRegistry.status").isEqualTo("UP")
                .jsonPath("$.components.demoTenant.details.enabled").isEqualTo(false);
        client.get().uri("/actuator/health/liveness").headers(h -> h.setBearerAuth(Tokens.operator())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.livenessState.status").isEqualTo("UP")
                .jsonPath("$.components.mongo").doesNotExist();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
    }

    @BeforeEach
    void patientClient() {
        // The first OpenAPI description or scrape takes seconds on a loaded machine.
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void infoNamesTheService() {
        client.get().uri("/actuator/info").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.app.name").isEqualTo("Jixiao 绩效目标申报");
    }

    @Test
    void requestsAreMeasuredWithoutAnObservationOfEverySecurityFilter() {
        client.get().uri("/actuator/info").exchange().expectStatus().isOk();
        String scrape = client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(Tokens.operator()))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("http_server_requests_seconds_count{").doesNotContain("spring_security_");
    }

    @Test
    void metricsOfCommandsAreTaggedByTenantAndOnlyForTheOperator() {
        String tenant = Tenants.onboard(client, "metrics");
        client.post().uri("/api/v1/declarations")
                .headers(h -> h.setBearerAuth(Tokens.of(tenant, "filer", "430412007", Role.FILER)))
                .bodyValue(java.util.Map.of("year", 2020, "kind", "DEPARTMENT",
                        "unit", java.util.Map.of("code", "430412007", "name", "南岳区某所"), "filingUnit", "某所", "leader", "赵六"))
                .exchange().expectStatus().isCreated();
        String scrape = client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(Tokens.operator()))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("commandBus_successCounter_total{payloadType=\"CreateDeclarationCommand\",tenant=\"" + tenant + "\"}")
                .contains("commandBus_successTimer_seconds_max{payloadType=\"CreateDeclarationCommand\",tenant=\"" + tenant + "\"}")
                .as("no timer keeps percentile histograms per tenant").doesNotContain("quantile=");
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/metrics").headers(h -> h.setBearerAuth(Tokens.of(tenant, "v", null, Role.VIEWER)))
                .exchange().expectStatus().isForbidden();
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
