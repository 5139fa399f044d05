package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** The tenant admin keeps the bureau's register through the real service, and the declarations are held to it. */
@ServiceTest
class RegisterServiceTest {

    static final String STREET = "430412001";
    static final String STREET_NAME = "衡阳市南岳区祝融街道办事处";
    static final String BUREAU = "430412100";
    static final String SCHOOL = "430412101";

    @Autowired
    WebTestClient client;

    String tenant;
    String admin;

    @BeforeEach
    void aBureauWithTwoSections() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        tenant = Tenants.onboard(client, "register");
        admin = Tokens.of(tenant, "admin", null, Role.TENANT_ADMIN);
        write(HttpMethod.POST, "/sections", Map.of("id", "civil", "name", "行政政法股")).expectStatus().isCreated();
        write(HttpMethod.POST, "/sections", Map.of("id", "education", "name", "教科文股")).expectStatus().isCreated();
        write(HttpMethod.POST, "/units", unit(STREET, "南岳区祝融街道", "UNIT", null, "civil")).expectStatus().isCreated();
        write(HttpMethod.PUT, "/units/" + STREET + "/name", Map.of("name", STREET_NAME)).expectStatus().isOk();
        write(HttpMethod.POST, "/units", unit(BUREAU, "南岳区教育局", "DEPARTMENT", null, "education")).expectStatus().isCreated();
        write(HttpMethod.PUT, "/users/li", user("李业务", "BUSINESS_REVIEWER", null, "civil")).expectStatus().isOk();
        write(HttpMethod.PUT, "/users/zhang", user("张教科", "BUSINESS_REVIEWER", null, "education")).expectStatus().isOk();
        write(HttpMethod.PUT, "/users/kuang", user("旷文倩", "FILER", STREET, null)).expectStatus().isOk();
    }

    @Test
    void theRegisterIsListedPagedWithFormerNames() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> read("/units?size=1")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.size").isEqualTo(1)
                .jsonPath("$.items[0].code").isEqualTo(STREET)
                .jsonPath("$.items[0].formerNames[0]").isEqualTo("南岳区祝融街道"));
        read("/units?q=祝融街道").expectBody().jsonPath("$.total").isEqualTo(1);
        read("/users?section=civil").expectBody().jsonPath("$.items[0].id").isEqualTo("li");
        read("/sections").expectBody().jsonPath("$.total").isEqualTo(2);
        read("/units/nowhere").expectStatus().isNotFound();
        read("/register/history?size=2").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(8)
                .jsonPath("$.items[0].type").isEqualTo("SectionDefinedEvent")
                .jsonPath("$.items[0].actor.id").isEqualTo("admin")
                .jsonPath("$.items[0].actor.roles[0]").isEqualTo("TENANT_ADMIN");
        Map<?, ?> history = read("/register/history").expectBody(Map.class).returnResult().getResponseBody();
        String eventId = ((Map<?, ?>) ((List<?>) history.get("items")).get(0)).get("eventId").toString();
        String auditor = Tokens.of(tenant, "auditor", null, Role.AUDITOR);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client.get()
                .uri("/api/v1/audit/proofs/inclusion?eventId={id}&treeSize=8", eventId).headers(h -> h.setBearerAuth(auditor))
                .exchange().expectStatus().isOk());
        read("/units?size=0").expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].code").isEqualTo("SIZE_INVALID");
    }

    @Test
    void badInputIsAProblemWithItsCodeAndChangesNothing() {
        problem(write(HttpMethod.POST, "/units", unit(STREET, "重名单位", "UNIT", null, "civil")), 409, "UNIT_CODE_DUPLICATE");
        problem(write(HttpMethod.POST, "/units", unit("430412999", "某单位", "UNIT", null, "finance")), 400, "SECTION_UNKNOWN");
        problem(write(HttpMethod.PUT, "/units/" + BUREAU + "/department", Map.of("department", BUREAU)), 400, "DEPARTMENT_CYCLE");
        problem(write(HttpMethod.PUT, "/users/li", user("李业务", "BUSINESS_REVIEWER", null, "education")), 409, "USER_IN_TWO_SECTIONS");
        problem(write(HttpMethod.PUT, "/years/2021", Map.of("edition", "2022")), 400, null);
        problem(client.post().uri("/api/v1/admin/sections").headers(h -> h.setBearerAuth(Tokens.of(tenant, "v", null, Role.VIEWER)))
                .bodyValue(Map.of("id", "x", "name", "x")).exchange(), 403, "REGISTER_ADMIN_REQUIRED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> read("/users/li").expectBody()
                .jsonPath("$.section").isEqualTo("civil"));
        read("/units").expectBody().jsonPath("$.total").isEqualTo(2);
    }

    @Test
    void aSheetOfUnitsIsImportedWholeOrNotAtAllWithProblemsByCell() throws IOException {
        byte[] wrong = sheet(List.of(
                List.of(SCHOOL, "南岳区实验学校", "单位", BUREAU, "教科文股"),
                List.of("430412102", "南岳区第二小学", "学校", BUREAU, "教科文股"),
                List.of("430412103", "南岳区卫生院", "单位", "", "卫生股")));
        upload("/api/v1/admin/units/import", wrong, "units.xlsx", admin)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("C3");
        byte[] unknownSection = sheet(List.of(
                List.of(SCHOOL, "南岳区实验学校", "单位", BUREAU, "教科文股"),
                List.of("430412103", "南岳区卫生院", "单位", "", "卫生股")));
        upload("/api/v1/admin/units/import", unknownSection, "units.xlsx", admin)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("E3")
                .jsonPath("$.violations[0].code").isEqualTo("SECTION_UNKNOWN");
        read("/units/" + SCHOOL).expectStatus().isNotFound();

        byte[] right = sheet(List.of(List.of(SCHOOL, "南岳区实验学校", "单位", BUREAU, "教科文股")));
        upload("/api/v1/admin/units/import", right, "units.xlsx", admin).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> read("/units/" + SCHOOL).expectStatus().isOk()
                .expectBody().jsonPath("$.department").isEqualTo(BUREAU).jsonPath("$.section").isEqualTo("education"));
    }

    @Test
    void aBusinessReviewerReviewsOnlyTheUnitsOfTheirSectionFromTheirWorklist() {
        String filer = Tokens.of(tenant, "kuang", STREET, Role.FILER);
        String id = DeclarationId.forUnit(STREET, 2020, DeclarationKind.DEPARTMENT).value();
        upload("/api/v1/imports", seed(), "zhurong.xlsx", filer).expectStatus().isCreated();
        client.post().uri("/api/v1/declarations/{id}/submit", id).headers(h -> h.setBearerAuth(filer)).bodyValue(Map.of())
                .exchange().expectStatus().isOk();

        String zhang = Tokens.of(tenant, "zhang", null, Role.BUSINESS_REVIEWER);
        String li = Tokens.of(tenant, "li", null, Role.BUSINESS_REVIEWER);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client.get().uri("/api/v1/declarations?queue=mine")
                .headers(h -> h.setBearerAuth(li)).exchange().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].waiting").isNotEmpty());
        client.get().uri("/api/v1/declarations?queue=mine").headers(h -> h.setBearerAuth(zhang)).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        client.post().uri("/api/v1/declarations/{id}/business-review", id).headers(h -> h.setBearerAuth(zhang))
                .bodyValue(Map.of("decision", "PASS", "opinion", "同意")).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("OTHER_SECTION")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail).contains("行政政法股"));
        client.post().uri("/api/v1/declarations/{id}/business-review", id).headers(h -> h.setBearerAuth(li))
                .bodyValue(Map.of("decision", "PASS", "opinion", "同意")).exchange().expectStatus().isOk();
    }

    @Test
    void anAdminsImportWithoutACodeFindsTheUnitByItsFormerNameAndAnUnknownNameIs422() {
        write(HttpMethod.PUT, "/units/" + STREET + "/name", Map.of("name", "南岳区祝融街道办")).expectStatus().isOk();
        upload("/api/v1/imports", seed(), "zhurong.xlsx", admin)
                .expectStatus().isCreated().expectBody().jsonPath("$.unitCode").isEqualTo(STREET);

        String other = Tenants.onboard(client, "unregistered");
        upload("/api/v1/imports", seed(), "zhurong.xlsx", Tokens.of(other, "admin", null, Role.TENANT_ADMIN))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("UNIT_NAME_UNKNOWN");
    }

    @Test
    void theYearsEditionAppliesAndAClosedUnitFilesNoMore() {
        write(HttpMethod.PUT, "/years/2021", Map.of("edition", "2020", "reviewDeadline", "2021-03-31")).expectStatus().isOk();
        String filer = Tokens.of(tenant, "kuang", STREET, Role.FILER);
        String id = client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(create(2021, null)).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        client.get().uri("/api/v1/declarations/{id}?minVersion=1", id).headers(h -> h.setBearerAuth(filer)).exchange()
                .expectBody().jsonPath("$.edition").isEqualTo("2020");
        problem(client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(create(2021, "2021")).exchange(), 400, "EDITION_NOT_OF_YEAR");

        write(HttpMethod.POST, "/units/" + STREET + "/closure", Map.of("reason", "撤并")).expectStatus().isOk();
        problem(client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(create(2022, null)).exchange(), 409, "UNIT_CLOSED");
    }

    @Test
    void aTokenWhoseUnitDisagreesWithTheRegisterIsRefused() {
        String wrongUnit = Tokens.of(tenant, "kuang", BUREAU, Role.FILER);
        problem(client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(wrongUnit)).exchange(),
                403, "TOKEN_UNIT_MISMATCH");
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(Tokens.of(tenant, "kuang", STREET, Role.FILER)))
                .exchange().expectStatus().isOk();
    }

    @Test
    void theRegisterEndpointsArePublishedTaggedAndSummarized() {
        String docs = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        org.assertj.core.api.Assertions.assertThat(docs).contains("/api/v1/admin/units/import", "/api/v1/admin/units/{code}/name",
                "/api/v1/admin/users/{id}", "/api/v1/admin/years/{year}", "单位名册（写）", "单位名册（读）", "批量导入单位名册");
    }

    // ---- helpers

    private WebTestClient.ResponseSpec write(HttpMethod method, String path, Object body) {
        return client.method(method).uri("/api/v1/admin" + path).headers(h -> h.setBearerAuth(admin)).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec read(String path) {
        return client.get().uri("/api/v1/admin" + path).headers(h -> h.setBearerAuth(admin)).exchange();
    }

    private static void problem(WebTestClient.ResponseSpec response, int status, String code) {
        WebTestClient.BodyContentSpec body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
        if (code != null) {
            body.jsonPath("$.code").isEqualTo(code);
        }
    }

    private WebTestClient.ResponseSpec upload(String path, byte[] content, String name, String token) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return client.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange();
    }

    private static byte[] seed() {
        try (var in = new ClassPathResource("fixtures/zhurong-2020-declaration.xlsx").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sheet(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("单位名册");
            List<String> header = List.of("单位代码", "单位名称", "类型", "主管部门代码", "业务股室");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, Object> unit(String code, String name, String kind, String department, String section) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind, "section", section));
        if (department != null) {
            body.put("department", department);
        }
        return body;
    }

    private static Map<String, Object> user(String name, String role, String unit, String section) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "roles", List.of(role)));
        if (unit != null) {
            body.put("unit", unit);
        }
        if (section != null) {
            body.put("section", section);
        }
        return body;
    }

    private static Map<String, Object> create(int year, String edition) {
        Map<String, Object> body = new HashMap<>(Map.of("year", year, "kind", "DEPARTMENT",
                "unit", Map.of("code", STREET, "name", STREET_NAME), "filingUnit", "南岳区祝融街道办事处", "leader", "尹晖"));
        if (edition != null) {
            body.put("edition", edition);
        }
        return body;
    }
}
