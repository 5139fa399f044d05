package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.PlanRow;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectSample;
import cn.jixiao.kernel.declaration.TargetTerm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.query.export.ExportFormat;
import cn.jixiao.query.export.ExportedDeclaration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project form (项目支出绩效目标申报表) typed from the template through the real service: the seed street office's
 * community service project, two indicators per second-level category, reviewed by the competent department,
 * the business section and the performance section, and approved.
 */
@ServiceTest
@SuppressWarnings("unchecked")
class ProjectJourneyTest {

    @Autowired
    WebTestClient client;

    String filer;
    String competent;
    String business;
    String performance;
    String auditor;

    @BeforeEach
    void onboardTenant() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        String tenant = Tenants.onboard(client, "project");
        filer = Tokens.of(tenant, "filer-1", ProjectSample.UNIT_CODE, Role.FILER);
        competent = Tokens.of(tenant, "competent-1", "430412000", Role.COMPETENT_REVIEWER);
        business = Tokens.of(tenant, "business-1", null, Role.BUSINESS_REVIEWER);
        performance = Tokens.of(tenant, "performance-1", null, Role.PERFORMANCE_REVIEWER);
        auditor = Tokens.of(tenant, "auditor-1", null, Role.AUDITOR);
    }

    @Test
    void aProjectFormGoesThroughAllThreeReviewStagesToApproval() {
        reviewToApproval(typeTheSampleForm());
    }

    @Test
    void theSameFormUploadedAsAnExcelFileGoesThroughToApprovalToo() {
        byte[] xlsx = ExportFormat.XLSX.write(new ExportedDeclaration(ProjectSample.form(), DeclarationStatus.DRAFT,
                List.of()));
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "祝融街道社区综合服务项目.xlsx";
            }
        });
        Map<String, Object> imported = client.post().uri("/api/v1/imports").headers(h -> h.setBearerAuth(filer))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(imported.get("id")).isEqualTo(ProjectSample.ID.value());

        reviewToApproval(imported.get("id").toString());
    }

    private void reviewToApproval(String id) {
        Map<String, Object> submitted = post(id, "submit", filer, Map.of());
        assertThat(submitted.get("version")).isEqualTo(ProjectSample.events().size() + 2);
        client.post().uri("/api/v1/declarations/{id}/business-review", id).headers(h -> h.setBearerAuth(business))
                .bodyValue(Map.of("decision", "PASS", "opinion", "同意")).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("WRONG_STATUS");
        post(id, "competent-review", competent, Map.of("decision", "PASS", "opinion", "同意上报"));
        post(id, "business-review", business, Map.of("decision", "PASS", "opinion", "同意"));
        Map<String, Object> approved = post(id, "approval", performance, Map.of("opinion", "同意批复"));
        long version = ((Number) approved.get("version")).longValue();

        Map<String, Object> form = client.get().uri("/api/v1/declarations/{id}?minVersion={v}", id, version)
                .headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(form).containsEntry("status", "APPROVED").containsEntry("kind", "PROJECT");
        assertThat(((Map<String, Object>) ((Map<String, Object>) form.get("project")).get("info")))
                .containsEntry("code", ProjectSample.PROJECT_CODE);
        assertThat((List<Map<String, Object>>) form.get("reviews")).extracting(r -> r.get("stage"))
                .containsExactly("COMPETENT", "BUSINESS", "PERFORMANCE");
        List<Map<String, Object>> goals = (List<Map<String, Object>>) form.get("goals");
        assertThat(goals).extracting(g -> g.get("term")).containsExactly("MEDIUM_TERM", "ANNUAL");
        assertThat(goals.stream().mapToInt(g -> ((List<?>) g.get("indicators")).size()).sum())
                .isEqualTo(ProjectSample.INDICATORS.size());

        Map<String, Object> list = get("/api/v1/declarations?kind=PROJECT&declaration=" + id + "&minVersion=" + version);
        assertThat(((Number) list.get("total")).intValue()).isEqualTo(1);
        assertThat((List<?>) get("/api/v1/declarations/" + id + "/history").get("events")).hasSize((int) version);
    }

    @Test
    void aSecondFormForTheSameProjectIsAConflict() {
        create();
        client.post().uri("/api/v1/project-declarations").headers(h -> h.setBearerAuth(filer)).bodyValue(createBody())
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("DECLARATION_EXISTS");
    }

    @Test
    void badInputIsRefusedWithItsCodeAndNothingIsAppended() {
        String id = create();
        Map<String, Object> info = infoBody(ProjectSample.INFO);
        info.put("startMonth", "2021-12");
        info.put("endMonth", "2021-01");
        client.put().uri("/api/v1/declarations/{id}/project", id).headers(h -> h.setBearerAuth(filer)).bodyValue(info)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].code").isEqualTo("PERIOD_ENDS_BEFORE_START");
        client.put().uri("/api/v1/declarations/{id}/project-funds", id).headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("total", "-1")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].code").isEqualTo("NEGATIVE_AMOUNT");
        client.post().uri("/api/v1/declarations/{id}/submit", id).headers(h -> h.setBearerAuth(filer)).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("SUBMISSION_BLOCKED")
                .jsonPath("$.violations[?(@.code == 'PROJECT_TARGET_MISSING')]").exists();
        assertThat((List<?>) get("/api/v1/declarations/" + id + "/history").get("events")).hasSize(2);
    }

    // ---- typing the form

    private String typeTheSampleForm() {
        String id = create();
        put(id, "project-funds", fundsBody(ProjectSample.FUNDS));
        put(id, "project-rationale", Map.of("basis", ProjectSample.RATIONALE.basis(),
                "necessity", ProjectSample.RATIONALE.necessity(), "feasibility", ProjectSample.RATIONALE.feasibility(),
                "plan", ProjectSample.RATIONALE.plan().stream().map(ProjectJourneyTest::planRow).toList()));
        Map<TargetTerm, String> targets = new EnumMap<>(TargetTerm.class);
        targets.put(TargetTerm.MEDIUM_TERM, target(id, TargetTerm.MEDIUM_TERM, ProjectSample.MEDIUM_TERM_TEXT));
        targets.put(TargetTerm.ANNUAL, target(id, TargetTerm.ANNUAL, ProjectSample.ANNUAL_TEXT));
        for (ProjectSample.Row row : ProjectSample.INDICATORS) {
            Map<String, Object> body = new HashMap<>(Map.of("level1", row.level1().name(), "level2", row.level2().name(),
                    "name", row.name(), "target", row.target(), "core", row.core(), "basis", row.basis().name()));
            body.put("lastYearValue", row.lastYear());
            post(id, "targets/" + targets.get(row.term()) + "/indicators", filer, body);
        }
        return id;
    }

    private String create() {
        Map<String, Object> created = client.post().uri("/api/v1/project-declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(createBody()).exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(created.get("id")).isEqualTo(ProjectSample.ID.value());
        return created.get("id").toString();
    }

    private static Map<String, Object> createBody() {
        return Map.of("year", ProjectSample.YEAR, "edition", "2021", "leader", "尹晖",
                "unit", Map.of("code", ProjectSample.UNIT_CODE, "name", ProjectSample.UNIT_NAME),
                "project", infoBody(ProjectSample.INFO));
    }

    static Map<String, Object> infoBody(ProjectInfo info) {
        return new HashMap<>(Map.of("name", info.name(), "code", info.code(), "attribute", info.attribute().name(),
                "competentDepartment", info.competentDepartment(), "implementingUnit", info.implementingUnit(),
                "responsible", Map.of("name", info.responsible().name(), "phone", info.responsible().phone()),
                "startMonth", info.startMonth(), "endMonth", info.endMonth()));
    }

    static Map<String, Object> fundsBody(ProjectFunds funds) {
        return Map.of("total", funds.total().toString(), "fiscal", funds.fiscal().toString(),
                "other", funds.other().toString(), "carriedOver", funds.carriedOver().toString(),
                "lastYearBudget", funds.lastYearBudget().toString(), "lastYearSpent", funds.lastYearSpent().toString());
    }

    private static Map<String, Object> planRow(PlanRow row) {
        return Map.of("content", row.content(), "start", row.start(), "end", row.end());
    }

    private String target(String id, TargetTerm term, String description) {
        return post(id, "targets", filer, Map.of("term", term.name(), "description", description)).get("id").toString();
    }

    private void put(String id, String section, Object body) {
        client.put().uri("/api/v1/declarations/{id}/{section}", id, section).headers(h -> h.setBearerAuth(filer))
                .bodyValue(body).exchange().expectStatus().isOk();
    }

    private Map<String, Object> post(String id, String action, String token, Object body) {
        return client.post().uri("/api/v1/declarations/" + id + "/" + action).headers(h -> h.setBearerAuth(token))
                .bodyValue(body).exchange().expectStatus().is2xxSuccessful()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<String, Object> get(String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
