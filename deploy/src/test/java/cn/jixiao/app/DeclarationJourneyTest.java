package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A declaration's whole life through the real service: filing, two-stage review, approval, and what readers see. */
@ServiceTest
@SuppressWarnings("unchecked")
class DeclarationJourneyTest {

    static final String UNIT = "430412001";

    @Autowired
    WebTestClient client;

    String tenant;
    String filer;
    String business;
    String performance;
    String auditor;

    @BeforeEach
    void onboardTenant() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        tenant = Tenants.onboard(client, "journey");
        filer = Tokens.of(tenant, "filer-1", UNIT, Role.FILER);
        business = Tokens.of(tenant, "business-1", null, Role.BUSINESS_REVIEWER);
        performance = Tokens.of(tenant, "performance-1", null, Role.PERFORMANCE_REVIEWER);
        auditor = Tokens.of(tenant, "auditor-1", null, Role.AUDITOR);
    }

    @Test
    void aFiledDeclarationIsReviewedApprovedAndReadBackWithItsHistoryAndAnIntactAuditLog() {
        String id = createDeclaration();
        put(id, "basic-info", Map.of("filingUnit", "南岳区祝融街道办事处", "leader", "尹晖",
                "contact", Map.of("name", "旷文倩", "phone", "18216015913"),
                "staffing", Map.of("authorized", 23, "actual", 29)));
        put(id, "budget", Map.of(
                "income", Map.of("total", "649.4", "generalPublicBudget", "649.4", "governmentFund", "0",
                        "nonTaxRevenue", "0", "other", "0"),
                "expenditure", Map.of("total", "649.4", "basic", "210.6", "project", "438.8"),
                "threePublic", Map.of("total", "8", "vehicles", "7", "travelAbroad", "0", "reception", "1")));
        String goal = post(id, "goals", filer, Map.of("description", "实施城中村改造重点工程项目")).get("id").toString();
        addIndicator(id, goal, "OUTPUT", "QUANTITY", "鑫聚缘二期土地出让面积", "=8.73亩");
        addIndicator(id, goal, "BENEFIT", "SOCIAL", "群众生活环境", "有明显改善");
        addIndicator(id, goal, "SATISFACTION", "SATISFACTION", "群众满意度", "≥90%");

        post(id, "submit", filer, Map.of());
        post(id, "business-review", business, Map.of("decision", "PASS", "opinion", "同意"));
        Map<String, Object> approved = post(id, "approval", performance, Map.of("opinion", "同意批复"));
        long version = ((Number) approved.get("version")).longValue();

        Map<String, Object> form = client.get().uri("/api/v1/declarations/{id}?minVersion={v}", id, version)
                .headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"" + version + "\"")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(form).containsEntry("status", "APPROVED").containsEntry("revision", 1);
        assertThat((List<?>) form.get("goals")).hasSize(1);
        assertThat((List<?>) form.get("reviews")).hasSize(2);

        Map<String, Object> revision = get("/api/v1/declarations/" + id + "/revisions/1", auditor);
        assertThat(revision.get("warnings").toString()).contains("ACTUAL_STAFF_EXCEEDS_AUTHORIZED", "VAGUE_TARGET");

        Map<String, Object> history = get("/api/v1/declarations/" + id + "/history", auditor);
        List<?> events = (List<?>) history.get("events");
        assertThat(events).hasSize((int) version);
        assertThat(events.get(0).toString()).contains("filer-1", "FILER");

        Map<String, Object> verification = client.post().uri("/api/v1/audit/verification")
                .headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(verification).containsEntry("verified", true);
    }

    @Test
    void theLiveDashboardPushesANewSnapshotSoonAfterAChange() {
        String id = createDeclaration();
        String goal = post(id, "goals", filer, Map.of("description", "推进社区建设")).get("id").toString();
        String viewer = Tokens.of(tenant, "viewer-1", null, Role.VIEWER);
        var snapshots = client.get().uri("/api/v1/dashboard/stream?year=2020").headers(h -> h.setBearerAuth(viewer))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(ServerSentEvent.class).getResponseBody()
                .filter(event -> "dashboard".equals(event.event()));
        // The query side's own test pins "within a second"; here the whole service, with room for a loaded machine.
        StepVerifier.create(snapshots)
                .assertNext(first -> assertThat(first.data().toString()).doesNotContain("OUTPUT/QUANTITY"))
                .then(() -> addIndicator(id, goal, "OUTPUT", "QUANTITY", "社区活动", "≥12次"))
                .thenConsumeWhile(earlier -> !earlier.data().toString().contains("OUTPUT/QUANTITY=1"))
                .expectNextMatches(next -> next.data().toString().contains("OUTPUT/QUANTITY=1"))
                .thenCancel()
                .verify(Duration.ofSeconds(3));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndAppendsNothing() {
        String id = createDeclaration();
        client.put().uri("/api/v1/declarations/{id}/functions", id)
                .headers(h -> h.setBearerAuth(filer)).header("If-Match", "\"1\"")
                .bodyValue(Map.of("text", "1、宣传贯彻党的路线方针政策")).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
        client.put().uri("/api/v1/declarations/{id}/functions", id)
                .headers(h -> h.setBearerAuth(filer)).header("If-Match", "\"1\"")
                .bodyValue(Map.of("text", "覆盖别人的修改")).exchange()
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
                .expectHeader().contentType("application/problem+json");
        Map<String, Object> history = get("/api/v1/declarations/" + id + "/history", auditor);
        assertThat((List<?>) history.get("events")).hasSize(2);
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyReturnsTheFirstResultAndAppendsNothing() {
        String id = createDeclaration();
        Map<String, String> goal = Map.of("description", "推进城乡环境综合整治");
        Map<String, Object> first = client.post().uri("/api/v1/declarations/{id}/goals", id)
                .headers(h -> h.setBearerAuth(filer)).header("Idempotency-Key", "goal-1").bodyValue(goal)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> again = client.post().uri("/api/v1/declarations/{id}/goals", id)
                .headers(h -> h.setBearerAuth(filer)).header("Idempotency-Key", "goal-1").bodyValue(goal)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again).isEqualTo(first);
        assertThat((List<?>) get("/api/v1/declarations/" + id + "/history", auditor).get("events")).hasSize(2);
    }

    @Test
    void aSecondDeclarationForTheSameUnitYearAndKindIsAConflict() {
        createDeclaration();
        client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer)).bodyValue(createBody())
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void invalidInputIsA400ProblemWithFieldViolationsNeverA500() {
        String id = createDeclaration();
        client.put().uri("/api/v1/declarations/{id}/budget", id).headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("income", Map.of("total", "-1"))).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.violations").isNotEmpty();
        client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .header("Content-Type", "application/json").bodyValue("{not json").exchange()
                .expectStatus().isBadRequest();
    }

    private String createDeclaration() {
        return client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer)).bodyValue(createBody())
                .exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private static Map<String, Object> createBody() {
        return Map.of("year", 2020, "kind", "DEPARTMENT",
                "unit", Map.of("code", UNIT, "name", "衡阳市南岳区祝融街道办事处"),
                "filingUnit", "南岳区祝融街道办事处", "leader", "尹晖");
    }

    private void addIndicator(String id, String goal, String level1, String level2, String name, String target) {
        client.post().uri("/api/v1/declarations/{id}/goals/{goal}/indicators", id, goal)
                .headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("level1", level1, "level2", level2, "name", name, "target", target))
                .exchange().expectStatus().isCreated();
    }

    private void put(String id, String section, Object body) {
        client.put().uri("/api/v1/declarations/{id}/{section}", id, section).headers(h -> h.setBearerAuth(filer))
                .bodyValue(body).exchange().expectStatus().isOk();
    }

    private Map<String, Object> post(String id, String action, String token, Object body) {
        return client.post().uri("/api/v1/declarations/{id}/{action}", id, action).headers(h -> h.setBearerAuth(token))
                .bodyValue(body).exchange().expectStatus().is2xxSuccessful()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<String, Object> get(String path, String token) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
