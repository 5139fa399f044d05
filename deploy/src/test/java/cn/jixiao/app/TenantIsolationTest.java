package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bureaus on one service. Everything tenant B's users can send at tenant A's ids is refused with 404 or 403
 * and reveals nothing of A; a tenant id forged into a body or header changes nothing; a suspended tenant is refused.
 */
@ServiceTest
@SuppressWarnings("unchecked")
class TenantIsolationTest {

    static final String UNIT = "430412001";
    static final String SECRET_NAME = "衡阳市南岳区祝融街道办事处";

    @Autowired
    WebTestClient client;

    String tenantA;
    String tenantB;
    String declarationA;
    String goalA;
    String indicatorA;
    String eventA;

    @BeforeEach
    void twoTenantsOnboardedWhileTheServiceRuns() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        tenantA = Tenants.onboard(client, "bureau-a");
        tenantB = Tenants.onboard(client, "bureau-b");
        String filerA = Tokens.of(tenantA, "filer-a", UNIT, Role.FILER);
        declarationA = body(client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filerA))
                .bodyValue(createBody()).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult()).get("id").toString();
        goalA = body(client.post().uri("/api/v1/declarations/{id}/goals", declarationA)
                .headers(h -> h.setBearerAuth(filerA)).bodyValue(Map.of("description", "实施城中村改造"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()).get("id").toString();
        Map<String, Object> indicator = body(client.post()
                .uri("/api/v1/declarations/{id}/goals/{g}/indicators", declarationA, goalA)
                .headers(h -> h.setBearerAuth(filerA))
                .bodyValue(Map.of("level1", "OUTPUT", "level2", "QUANTITY", "name", "土地出让面积", "target", "=8.73亩"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult());
        indicatorA = indicator.get("id").toString();
        String auditorA = Tokens.of(tenantA, "auditor-a", null, Role.AUDITOR);
        Map<String, Object> history = body(client.get().uri("/api/v1/declarations/{id}/history?minVersion=3", declarationA)
                .headers(h -> h.setBearerAuth(auditorA)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult());
        eventA = ((Map<String, Object>) ((List<?>) history.get("events")).get(0)).get("eventId").toString();
        registerOfA();
    }

    /** Tenant A's register: a section, the unit (under its secret name) and a reviewer. */
    private void registerOfA() {
        String adminA = Tokens.of(tenantA, "admin-a", null, Role.TENANT_ADMIN);
        client.post().uri("/api/v1/admin/sections").headers(h -> h.setBearerAuth(adminA))
                .bodyValue(Map.of("id", "civil-a", "name", "行政政法股")).exchange().expectStatus().isCreated();
        client.post().uri("/api/v1/admin/units").headers(h -> h.setBearerAuth(adminA))
                .bodyValue(Map.of("code", UNIT, "name", SECRET_NAME, "section", "civil-a")).exchange().expectStatus().isCreated();
        client.put().uri("/api/v1/admin/users/reviewer-a").headers(h -> h.setBearerAuth(adminA))
                .bodyValue(Map.of("name", "李业务", "roles", List.of("BUSINESS_REVIEWER"), "section", "civil-a"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void theOtherTenantsAdminNeitherSeesNorChangesThisTenantsRegister() {
        String adminB = Tokens.of(tenantB, "admin-b", null, Role.TENANT_ADMIN);
        String adminA = Tokens.of(tenantA, "admin-a", null, Role.TENANT_ADMIN);
        for (String list : List.of("/api/v1/admin/units", "/api/v1/admin/sections", "/api/v1/admin/users", "/api/v1/admin/years")) {
            client.get().uri(list).headers(h -> h.setBearerAuth(adminB)).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        }
        client.put().uri("/api/v1/admin/units/{code}/name", UNIT).headers(h -> h.setBearerAuth(adminB))
                .bodyValue(Map.of("name", "改掉的名称")).exchange().expectStatus().isNotFound();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client.get()
                .uri("/api/v1/admin/units/{code}", UNIT).headers(h -> h.setBearerAuth(adminA)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo(SECRET_NAME)
                .jsonPath("$.closed").isEqualTo(false));
    }

    @Test
    void everyEndpointRefusesTheOtherTenantsIdsWith404Or403AndRevealsNothing() {
        for (Role role : List.of(Role.FILER, Role.BUSINESS_REVIEWER, Role.PERFORMANCE_REVIEWER, Role.AUDITOR,
                Role.VIEWER, Role.TENANT_ADMIN)) {
            String tokenB = Tokens.of(tenantB, "b-" + role.name().toLowerCase(), UNIT, role);
            for (Call call : callsOnA()) {
                EntityExchangeResult<byte[]> result = call.send(client, tokenB).expectBody().returnResult();
                assertThat(result.getStatus().value())
                        .as("%s %s as %s of tenant B", call.method(), call.path(), role)
                        .isIn(403, 404);
                String body = new String(result.getResponseBodyContent() == null ? new byte[0]
                        : result.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(body).doesNotContain(SECRET_NAME, tenantA, "土地出让面积");
            }
        }
    }

    @Test
    void listsAndDashboardsOfTheOtherTenantShowNothingOfThisOne() {
        String viewerB = Tokens.of(tenantB, "viewer-b", null, Role.VIEWER);
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(viewerB)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        client.get().uri("/api/v1/dashboard?year=2020").headers(h -> h.setBearerAuth(viewerB)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.declarations").isEqualTo(0);
        client.get().uri("/api/v1/comparisons/units/{unit}", UNIT).headers(h -> h.setBearerAuth(viewerB)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theLiveDashboardOfOneTenantNeverShowsTheOthersChanges() {
        String viewerB = Tokens.of(tenantB, "viewer-b", null, Role.VIEWER);
        var stream = client.get().uri("/api/v1/dashboard/stream?year=2020").headers(h -> h.setBearerAuth(viewerB))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(ServerSentEvent.class).getResponseBody()
                .filter(event -> "dashboard".equals(event.event()));
        String filerA = Tokens.of(tenantA, "filer-a", UNIT, Role.FILER);
        StepVerifier.create(stream)
                .assertNext(first -> assertThat(first.data().toString()).contains("declarations=0"))
                .then(() -> client.put().uri("/api/v1/declarations/{id}/functions", declarationA)
                        .headers(h -> h.setBearerAuth(filerA)).bodyValue(Map.of("text", "职能")).exchange()
                        .expectStatus().isOk())
                .expectNoEvent(Duration.ofSeconds(2))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void aTenantForgedIntoTheBodyIsRefusedAndOneInAHeaderIgnored() {
        String filerB = Tokens.of(tenantB, "filer-b", UNIT, Role.FILER);
        Map<String, Object> forged = new HashMap<>(createBody());
        forged.put("tenant", tenantA);
        client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filerB))
                .bodyValue(forged).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("tenant")
                .jsonPath("$.violations[0].code").isEqualTo("UNKNOWN_FIELD");
        client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filerB))
                .header("X-Tenant", tenantA).header("X-Tenant-Id", tenantA)
                .bodyValue(createBody()).exchange().expectStatus().isCreated();
        String auditorB = Tokens.of(tenantB, "auditor-b", null, Role.AUDITOR);
        String auditorA = Tokens.of(tenantA, "auditor-a", null, Role.AUDITOR);
        // The same unit, year and kind give the same id in both tenants: two unrelated streams.
        client.get().uri("/api/v1/declarations/{id}/history?minVersion=1", declarationA)
                .headers(h -> h.setBearerAuth(auditorB)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.events.length()").isEqualTo(1);
        client.get().uri("/api/v1/declarations/{id}/history", declarationA)
                .headers(h -> h.setBearerAuth(auditorA)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.events.length()").isEqualTo(3);
    }

    @Test
    void aSuspendedTenantIsRefusedOnEveryRequestUntilReinstated() {
        String viewerB = Tokens.of(tenantB, "viewer-b", null, Role.VIEWER);
        client.post().uri("/api/v1/admin/tenants/{id}/suspension", tenantB).headers(h -> h.setBearerAuth(Tokens.operator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("SUSPENDED");
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(viewerB)).exchange()
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        String filerB = Tokens.of(tenantB, "filer-b", UNIT, Role.FILER);
        client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filerB)).bodyValue(createBody())
                .exchange().expectStatus().isForbidden();
        String viewerA = Tokens.of(tenantA, "viewer-a", null, Role.VIEWER);
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(viewerA)).exchange()
                .expectStatus().isOk();

        client.delete().uri("/api/v1/admin/tenants/{id}/suspension", tenantB).headers(h -> h.setBearerAuth(Tokens.operator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(viewerB)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void theOperatorManagesTenantsButNeverReadsDeclarations() {
        String operatorWithTenant = Tokens.withClaims(Map.of("sub", "op", "roles", List.of("PLATFORM_OPERATOR"),
                "tenant", tenantA));
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(operatorWithTenant)).exchange()
                .expectStatus().isForbidden();
        client.get().uri("/api/v1/declarations/{id}", declarationA).headers(h -> h.setBearerAuth(operatorWithTenant))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/admin/tenants").headers(h -> h.setBearerAuth(operatorWithTenant)).exchange()
                .expectStatus().isOk();
        String tenantAdmin = Tokens.of(tenantA, "admin-a", null, Role.TENANT_ADMIN);
        client.get().uri("/api/v1/admin/tenants").headers(h -> h.setBearerAuth(tenantAdmin)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void requestsWithoutAValidTokenGet401() {
        client.get().uri("/api/v1/declarations").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth("not-a-jwt")).exchange()
                .expectStatus().isUnauthorized();
        String foreignSecret = cn.jixiao.platform.security.DevTokens.token(Map.of("sub", "x", "tenant", tenantA,
                "roles", List.of("AUDITOR")), "some-other-secret-that-is-long-enough-0123456789");
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(foreignSecret)).exchange()
                .expectStatus().isUnauthorized();
        String noTenant = Tokens.withClaims(Map.of("sub", "x", "roles", List.of("AUDITOR")));
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(noTenant)).exchange()
                .expectStatus().isForbidden();
    }

    /** Every read and write endpoint of api.md, aimed at tenant A's declaration, goal, indicator and event. */
    private List<Call> callsOnA() {
        String d = "/api/v1/declarations/" + declarationA;
        String g = d + "/goals/" + goalA;
        Map<String, Object> text = Map.of("text", "x");
        return List.of(
                new Call(HttpMethod.GET, d, null),
                new Call(HttpMethod.GET, d + "?asOfVersion=1", null),
                new Call(HttpMethod.GET, d + "/validation", null),
                new Call(HttpMethod.GET, d + "/revisions", null),
                new Call(HttpMethod.GET, d + "/revisions/1", null),
                new Call(HttpMethod.GET, d + "/diff?from=1&to=1", null),
                new Call(HttpMethod.GET, d + "/history", null),
                new Call(HttpMethod.GET, d + "/export?format=xlsx", null),
                new Call(HttpMethod.GET, d + "/export?format=docx", null),
                new Call(HttpMethod.PUT, d + "/basic-info", Map.of("filingUnit", "x", "leader", "x")),
                new Call(HttpMethod.PUT, d + "/functions", text),
                new Call(HttpMethod.PUT, d + "/overall-goal", text),
                new Call(HttpMethod.PUT, d + "/notes", text),
                new Call(HttpMethod.PUT, d + "/budget", Map.of(
                        "income", Map.of("total", "1", "generalPublicBudget", "1", "governmentFund", "0",
                                "nonTaxRevenue", "0", "other", "0"),
                        "expenditure", Map.of("total", "1", "basic", "1", "project", "0"),
                        "threePublic", Map.of("total", "0", "vehicles", "0", "travelAbroad", "0", "reception", "0"))),
                new Call(HttpMethod.POST, d + "/goals", Map.of("description", "x")),
                new Call(HttpMethod.PUT, g, Map.of("description", "x")),
                new Call(HttpMethod.DELETE, g, null),
                new Call(HttpMethod.POST, g + "/indicators", Map.of("level1", "OUTPUT", "level2", "QUANTITY",
                        "name", "x", "target", "≥1次")),
                new Call(HttpMethod.PUT, g + "/indicators/" + indicatorA, Map.of("level1", "OUTPUT", "level2",
                        "QUANTITY", "name", "x", "target", "≥1次")),
                new Call(HttpMethod.DELETE, g + "/indicators/" + indicatorA, null),
                new Call(HttpMethod.POST, d + "/submit", Map.of()),
                new Call(HttpMethod.POST, d + "/business-review", Map.of("decision", "RETURN", "opinion", "x")),
                new Call(HttpMethod.POST, d + "/approval", Map.of("opinion", "x")),
                new Call(HttpMethod.POST, d + "/return", Map.of("opinion", "x")),
                new Call(HttpMethod.POST, d + "/adjustment", Map.of("reason", "x")),
                new Call(HttpMethod.GET, "/api/v1/comparisons/units/" + UNIT, null),
                new Call(HttpMethod.GET, "/api/v1/admin/units/" + UNIT, null),
                new Call(HttpMethod.GET, "/api/v1/admin/users/reviewer-a", null),
                new Call(HttpMethod.PUT, "/api/v1/admin/units/" + UNIT + "/name", Map.of("name", "x")),
                new Call(HttpMethod.PUT, "/api/v1/admin/units/" + UNIT + "/section", Map.of("section", "civil-a")),
                new Call(HttpMethod.PUT, "/api/v1/admin/units/" + UNIT + "/department", Map.of("department", UNIT)),
                new Call(HttpMethod.POST, "/api/v1/admin/units/" + UNIT + "/closure", Map.of("reason", "x")),
                new Call(HttpMethod.GET, "/api/v1/audit/proofs/inclusion?eventId=" + eventA, null));
    }

    private record Call(HttpMethod method, String path, Object body) {
        WebTestClient.ResponseSpec send(WebTestClient client, String token) {
            WebTestClient.RequestBodySpec request = client.method(method).uri(path).headers(h -> h.setBearerAuth(token));
            return body == null ? request.exchange() : request.bodyValue(body).exchange();
        }
    }

    private static Map<String, Object> createBody() {
        return Map.of("year", 2020, "kind", "DEPARTMENT", "unit", Map.of("code", UNIT, "name", SECRET_NAME),
                "filingUnit", "南岳区祝融街道办事处", "leader", "尹晖");
    }

    private static Map<String, Object> body(EntityExchangeResult<Map> result) {
        return result.getResponseBody();
    }

}
