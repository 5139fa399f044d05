package cn.jixiao.command.declaration.web;

import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.command.web.WriteRequestResolver;
import cn.jixiao.web.ProblemAdvice;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write API over HTTP, against a real Axon configuration and a real (in-memory) MongoDB: statuses,
 * problems, ETag/If-Match and Idempotency-Key as api.md promises them.
 */
class DeclarationApiTest {

    private static final String UNIT = "430412-ZRJD";
    private static final String ID = DeclarationId.forUnit(UNIT, 2020, DeclarationKind.DEPARTMENT).value();
    private static final String BASE = "/api/v1/declarations";
    private static final String CREATE = """
            {"year": 2020, "kind": "DEPARTMENT", "unit": {"code": "430412-ZRJD", "name": "衡阳市南岳区祝融街道办事处"},
             "filingUnit": "南岳区祝融街道办事处", "leader": "尹晖"}""";
    private static final String BASIC_INFO = """
            {"filingUnit": "南岳区祝融街道办事处", "leader": "尹晖",
             "contact": {"name": "旷文倩", "phone": "18216015913"}, "staffing": {"authorized": 23, "actual": 29}}""";
    private static final String BUDGET = """
            {"income": {"total": "649.4", "generalPublicBudget": "649.4", "governmentFund": "", "nonTaxRevenue": "0", "other": null},
             "expenditure": {"total": "649.4", "basic": "210.6", "project": "438.8"},
             "threePublic": {"total": "8", "vehicles": "7", "travelAbroad": "0", "reception": "1"}}""";
    private static final String INDICATOR = """
            {"level1": "OUTPUT", "level2": "QUANTITY", "name": "辖区内社区数量", "target": "=4个社区"}""";

    private TestTenant tenant;
    private WebTestClient client;

    @BeforeEach
    void setUp() {
        tenant = new TestTenant();
        IdempotentRequests idempotent = new IdempotentRequests(tenant.idempotencyRecords(), new ObjectMapper(), Clock.systemUTC());
        client = WebTestClient.bindToController(new DeclarationCommandController(tenant, idempotent))
                .controllerAdvice(new ProblemAdvice())
                .argumentResolvers(resolvers -> resolvers.addCustomResolver(TestActors.fromHeaders(TestActors.NANYUE),
                        new WriteRequestResolver()))
                .configureClient()
                // the first idempotent request creates the store's collection and index: slow on a busy machine
                .responseTimeout(java.time.Duration.ofSeconds(30))
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @AfterEach
    void tearDown() {
        tenant.close();
    }

    // ---- happy path

    @Test
    void creatingADeclarationAnswers201WithLocationAndETag() {
        asFiler(client.post().uri(BASE)).bodyValue(CREATE).exchange()
                .expectStatus().isCreated()
                .expectHeader().location(BASE + "/" + ID)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.id").isEqualTo(ID).jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void aDeclarationGoesThroughItsWholeLifeCycleOverHttp() {
        created();
        put("/basic-info", BASIC_INFO, "\"1\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
        put("/budget", BUDGET, "\"2\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"");
        String goalId = addGoal(null).expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"4\"")
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        asFiler(client.post().uri(BASE + "/" + ID + "/goals/" + goalId + "/indicators")).bodyValue(INDICATOR).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"5\"")
                .expectBody().jsonPath("$.goalId").isEqualTo(goalId).jsonPath("$.id").isNotEmpty();
        post("/submit", null, "FILER").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"6\"");
        post("/business-review", "{\"decision\": \"PASS\", \"opinion\": \"同意\"}", "BUSINESS_REVIEWER")
                .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(7);
        post("/approval", "{\"opinion\": \"同意批复\"}", "PERFORMANCE_REVIEWER").expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"8\"");
        post("/adjustment", "{\"reason\": \"年中追加预算\"}", "FILER").expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"9\"");
        assertThat(tenant.events(DeclarationId.of(ID))).hasSize(9);
    }

    @Test
    void reviewersReturnWithAnOpinionAndTheFilerResubmitsRevisionTwo() {
        submittable();
        post("/submit", null, "FILER").expectStatus().isOk();
        problem(post("/business-review", "{\"decision\": \"RETURN\"}", "BUSINESS_REVIEWER"), HttpStatus.BAD_REQUEST)
                .jsonPath("$.violations[0].field").isEqualTo("opinion")
                .jsonPath("$.violations[0].code").isEqualTo("OPINION_REQUIRED");
        post("/business-review", "{\"decision\": \"RETURN\", \"opinion\": \"目标不够具体\"}", "BUSINESS_REVIEWER")
                .expectStatus().isOk();
        put("/notes", "{\"text\": \"已按意见修改\"}", null).expectStatus().isOk();
        post("/submit", null, "FILER").expectStatus().isOk();
        post("/business-review", "{\"decision\": \"PASS\"}", "BUSINESS_REVIEWER").expectStatus().isOk();
        post("/return", "{\"opinion\": \"成本指标偏高\"}", "PERFORMANCE_REVIEWER").expectStatus().isOk();

        assertThat(tenant.events(DeclarationId.of(ID)))
                .filteredOn(DeclarationSubmittedEvent.class::isInstance)
                .map(event -> ((DeclarationSubmittedEvent) event).revision()).containsExactly(1, 2);
    }

    // ---- 400

    @Test
    void wrongAmountsAreRefusedWithAViolationPerField() {
        created();
        String budget = BUDGET.replace("\"649.4\", \"generalPublicBudget\"", "\"-1\", \"generalPublicBudget\"")
                .replace("\"210.6\"", "\"210.61234\"").replace("\"travelAbroad\": \"0\"", "\"travelAbroad\": \"七\"");
        problem(put("/budget", budget, null), HttpStatus.BAD_REQUEST)
                .jsonPath("$.violations.length()").isEqualTo(3)
                .jsonPath("$.violations[?(@.field == 'income.total')].code").isEqualTo("NEGATIVE_AMOUNT")
                .jsonPath("$.violations[?(@.field == 'expenditure.basic')].code").isEqualTo("AMOUNT_SCALE")
                .jsonPath("$.violations[?(@.field == 'threePublic.travelAbroad')].code").isEqualTo("AMOUNT_NOT_A_NUMBER");
        assertThat(tenant.events(DeclarationId.of(ID))).hasSize(1);
    }

    @Test
    void aMissingUnitIsRefusedWithViolations() {
        problem(asFiler(client.post().uri(BASE)).bodyValue("{\"year\": 2020}").exchange(), HttpStatus.BAD_REQUEST)
                .jsonPath("$.violations[0].field").isEqualTo("unit")
                .jsonPath("$.violations[0].code").isEqualTo("NOT_NULL")
                .jsonPath("$.violations[0].message").isEqualTo("须填写预算单位");
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        problem(asFiler(client.post().uri(BASE)).bodyValue("{\"year\": 2020, \"unit\": ").exchange(),
                HttpStatus.BAD_REQUEST).jsonPath("$.violations[0].code").isEqualTo("MALFORMED");
        problem(asFiler(client.post().uri(BASE)).bodyValue("{\"year\": \"二〇二〇\"}").exchange(),
                HttpStatus.BAD_REQUEST).jsonPath("$.violations[0].field").isEqualTo("year");
    }

    @Test
    void aLevel2UnderTheWrongLevel1IsRefusedWithTheRuleCode() {
        created();
        String goalId = goal();
        problem(asFiler(client.post().uri(BASE + "/" + ID + "/goals/" + goalId + "/indicators"))
                        .bodyValue(INDICATOR.replace("OUTPUT", "BENEFIT")).exchange(), HttpStatus.BAD_REQUEST)
                .jsonPath("$.violations[0].code").isEqualTo("LEVEL_MISMATCH")
                .jsonPath("$.violations[0].field").isEqualTo("level2");
    }

    @Test
    void aMalformedIfMatchIsABadRequest() {
        created();
        problem(put("/functions", "{\"text\": \"职能\"}", "version-one"), HttpStatus.BAD_REQUEST)
                .jsonPath("$.violations[0].field").isEqualTo("If-Match");
    }

    // ---- 403

    @Test
    void aReviewerCannotEditTheForm() {
        created();
        problem(as(client.put().uri(BASE + "/" + ID + "/functions"), "BUSINESS_REVIEWER", null)
                .bodyValue("{\"text\": \"x\"}").exchange(), HttpStatus.FORBIDDEN)
                .jsonPath("$.code").isEqualTo("ROLE_REQUIRED");
    }

    @Test
    void aPlatformOperatorNeverTouchesDeclarations() {
        problem(as(client.post().uri(BASE), "PLATFORM_OPERATOR,FILER", UNIT).bodyValue(CREATE).exchange(),
                HttpStatus.FORBIDDEN);
    }

    @Test
    void aFilerCannotEditAnotherUnitsDeclaration() {
        created();
        problem(as(client.put().uri(BASE + "/" + ID + "/functions"), "FILER", "OTHER-UNIT")
                .bodyValue("{\"text\": \"x\"}").exchange(), HttpStatus.FORBIDDEN)
                .jsonPath("$.code").isEqualTo("OTHER_UNIT");
    }

    @Test
    void aFilerCannotApprove() {
        created();
        problem(post("/approval", "{\"opinion\": \"同意\"}", "FILER"), HttpStatus.FORBIDDEN);
    }

    // ---- 404

    @Test
    void anUnknownDeclarationIsNotFound() {
        problem(asFiler(client.put().uri(BASE + "/no-such-declaration/functions")).bodyValue("{\"text\": \"x\"}")
                .exchange(), HttpStatus.NOT_FOUND);
    }

    @Test
    void anUnknownGoalIsNotFound() {
        created();
        problem(asFiler(client.delete().uri(BASE + "/" + ID + "/goals/no-such-goal")).exchange(), HttpStatus.NOT_FOUND)
                .jsonPath("$.code").isEqualTo("GOAL_NOT_FOUND");
    }

    // ---- 409

    @Test
    void submittingWithErrorsIsAConflictListingTheErrors() {
        created();
        problem(post("/submit", null, "FILER"), HttpStatus.CONFLICT)
                .jsonPath("$.code").isEqualTo("SUBMISSION_BLOCKED")
                .jsonPath("$.violations[?(@.code == 'NO_GOAL')]").exists()
                .jsonPath("$.violations[?(@.code == 'CONTACT_MISSING')].field").isEqualTo("contact.name")
                .jsonPath("$.errors").doesNotExist();
    }

    @Test
    void aSecondDeclarationForTheSameUnitAndYearIsAConflict() {
        created();
        problem(asFiler(client.post().uri(BASE)).bodyValue(CREATE).exchange(), HttpStatus.CONFLICT)
                .jsonPath("$.code").isEqualTo("DECLARATION_EXISTS")
                .jsonPath("$.detail").isEqualTo("该单位该年度已有申报表");
        assertThat(tenant.events(DeclarationId.of(ID))).hasSize(1);
    }

    @Test
    void editingWhileSubmittedIsAConflictNamingTheStatus() {
        submittable();
        post("/submit", null, "FILER").expectStatus().isOk();
        problem(put("/notes", "{\"text\": \"补充说明\"}", null), HttpStatus.CONFLICT)
                .jsonPath("$.code").isEqualTo("NOT_EDITABLE")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("已提交"));
    }

    // ---- 412 and 415

    @Test
    void aStaleIfMatchIsPreconditionFailedAndAppendsNothing() {
        created();
        put("/functions", "{\"text\": \"第一版\"}", "\"1\"").expectStatus().isOk();
        problem(put("/functions", "{\"text\": \"基于旧版本的修改\"}", "\"1\""), HttpStatus.PRECONDITION_FAILED)
                .jsonPath("$.code").isEqualTo("STALE_VERSION");
        assertThat(tenant.events(DeclarationId.of(ID))).hasSize(2);
        put("/functions", "{\"text\": \"基于最新版本的修改\"}", "\"2\"").expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"");
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedMediaType() {
        problem(asFiler(client.post().uri(BASE)).contentType(MediaType.TEXT_PLAIN).bodyValue(CREATE).exchange(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    // ---- idempotency

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyAnswersTheFirstResultAndAppendsNothing() {
        created();
        Map<?, ?> first = addGoal("key-1").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> repeat = addGoal("key-1").expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectHeader().location(BASE + "/" + ID + "/goals/" + first.get("id"))
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(repeat).isEqualTo(first);
        assertThat(tenant.events(DeclarationId.of(ID))).filteredOn(GoalAddedEvent.class::isInstance).hasSize(1);
    }

    @Test
    void aRepeatedCreateWithTheSameKeyIsNotAConflict() {
        asFiler(client.post().uri(BASE)).header(IdempotentRequests.HEADER, "create-1").bodyValue(CREATE).exchange()
                .expectStatus().isCreated();
        asFiler(client.post().uri(BASE)).header(IdempotentRequests.HEADER, "create-1").bodyValue(CREATE).exchange()
                .expectStatus().isCreated()
                .expectHeader().location(BASE + "/" + ID);
        assertThat(tenant.events(DeclarationId.of(ID))).hasSize(1);
    }

    @Test
    void theSameKeyForADifferentRequestIsUnprocessable() {
        created();
        addGoal("key-2").expectStatus().isCreated();
        problem(asFiler(client.post().uri(BASE + "/" + ID + "/goals")).header(IdempotentRequests.HEADER, "key-2")
                .bodyValue("{\"description\": \"另一个目标\"}").exchange(), HttpStatus.UNPROCESSABLE_ENTITY)
                .jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(tenant.events(DeclarationId.of(ID))).hasSize(2);
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        created();
        problem(post("/submit", null, "FILER", "submit-1"), HttpStatus.CONFLICT);
        problem(post("/submit", null, "FILER", "submit-1"), HttpStatus.CONFLICT).jsonPath("$.code")
                .isEqualTo("SUBMISSION_BLOCKED");
    }

    // ---- helpers

    private void created() {
        asFiler(client.post().uri(BASE)).bodyValue(CREATE).exchange().expectStatus().isCreated();
    }

    private void submittable() {
        created();
        put("/basic-info", BASIC_INFO, null).expectStatus().isOk();
        String goalId = goal();
        asFiler(client.post().uri(BASE + "/" + ID + "/goals/" + goalId + "/indicators")).bodyValue(INDICATOR).exchange()
                .expectStatus().isCreated();
    }

    private String goal() {
        return addGoal(null).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
    }

    private WebTestClient.ResponseSpec addGoal(String idempotencyKey) {
        WebTestClient.RequestBodySpec spec = asFiler(client.post().uri(BASE + "/" + ID + "/goals"));
        if (idempotencyKey != null) {
            spec.header(IdempotentRequests.HEADER, idempotencyKey);
        }
        return spec.bodyValue("{\"description\": \"实施城中村改造重点工程项目\"}").exchange();
    }

    private WebTestClient.ResponseSpec put(String path, String body, String ifMatch) {
        WebTestClient.RequestBodySpec spec = asFiler(client.put().uri(BASE + "/" + ID + path));
        if (ifMatch != null) {
            spec.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return spec.bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec post(String path, String body, String roles) {
        return post(path, body, roles, null);
    }

    private WebTestClient.ResponseSpec post(String path, String body, String roles, String idempotencyKey) {
        String unit = roles.equals("FILER") ? UNIT : null;
        WebTestClient.RequestBodySpec spec = as(client.post().uri(BASE + "/" + ID + path), roles, unit);
        if (idempotencyKey != null) {
            spec.header(IdempotentRequests.HEADER, idempotencyKey);
        }
        return body == null ? spec.exchange() : spec.bodyValue(body).exchange();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, HttpStatus status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status.value())
                .jsonPath("$.type").isNotEmpty()
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty();
    }

    private static <S extends WebTestClient.RequestHeadersSpec<?>> S asFiler(S spec) {
        return as(spec, "FILER", UNIT);
    }

    /** Everyone acts under their role; reviewers are other people than the filer. */
    @SuppressWarnings("unchecked")
    private static <S extends WebTestClient.RequestHeadersSpec<?>> S as(S spec, String roles, String unit) {
        String person = roles.startsWith("FILER") ? "u-kuang" : "u-" + roles.toLowerCase().replace(',', '-');
        spec.header("X-Actor-Id", person).header("X-Actor-Name", person).header("X-Actor-Roles", roles);
        if (unit != null) {
            spec.header("X-Actor-Unit", unit);
        }
        return spec;
    }
}
