package cn.jixiao.query.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.evaluation.EvaluationId;
import cn.jixiao.kernel.evaluation.EvaluationLine;
import cn.jixiao.kernel.evaluation.Grade;
import cn.jixiao.kernel.evaluation.IndicatorResult;
import cn.jixiao.kernel.evaluation.IndicatorResultRecordedEvent;
import cn.jixiao.kernel.evaluation.Judgement;
import cn.jixiao.kernel.evaluation.SelfEvaluationEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationStartedEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationSubmittedEvent;
import cn.jixiao.kernel.evaluation.SpendingRecordedEvent;
import cn.jixiao.kernel.evaluation.Weights;
import cn.jixiao.query.rebuild.Generations;
import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.TestTenant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The read side of self-evaluations, projected from events as the live processor would hand them over. */
class EvaluationApiTest {

    static final String UNIT = "430412-ZRJD";
    static final EvaluationId ID = EvaluationId.forDeclaration(DeclarationId.of("d-1"));
    static final PersonRef FILER = new PersonRef("u-1", "旷文倩");

    private final TestTenant tenant = new TestTenant();
    private WebTestClient client;

    @BeforeEach
    void setUp() {
        // generous: the first export loads POI, slow on a busy machine
        client = Api.client(new EvaluationQueryController(tenant.contexts())).mutate()
                .responseTimeout(java.time.Duration.ofSeconds(60)).build();
        List<SelfEvaluationEvent> events = List.of(
                new SelfEvaluationStartedEvent(ID, DeclarationId.of("d-1"), 2020, new Unit(UNIT, "祝融街道"), 1, 9,
                        List.of(line("i-1", Level1.OUTPUT, Level2.QUANTITY, "改造面积", "≥10亩"),
                                line("i-2", Level1.BENEFIT, Level2.SOCIAL, "居住条件", "有效改善"),
                                line("i-3", Level1.SATISFACTION, Level2.SATISFACTION, "群众满意度", "≥90%")),
                        Amount.of("649.4"), Weights.DEFAULT, FILER),
                new IndicatorResultRecordedEvent(ID, "i-1",
                        new IndicatorResult(TargetValue.parse("8亩"), null, null, "拆迁延期", "加快进度")),
                new IndicatorResultRecordedEvent(ID, "i-2",
                        new IndicatorResult(TargetValue.parse("明显改善"), Judgement.ACHIEVED, null, "", "")),
                new IndicatorResultRecordedEvent(ID, "i-3", new IndicatorResult(TargetValue.parse("95%"), null, null, "", "")),
                new SpendingRecordedEvent(ID, Amount.of("600")),
                new SelfEvaluationSubmittedEvent(ID, 1, new BigDecimal("89.24"), Grade.GOOD, FILER));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>("SelfEvaluation", ID.value(), i, events.get(i)));
        }
        tenant.append(messages);
        // two batches, the second redelivering the first: the document is written once per version, never back
        var writer = new EvaluationReadModel().writer(tenant.ctx(), new Generations(tenant.ctx().database()).active());
        writer.write(messages.subList(0, 3));
        writer.write(messages);
        writer.write(messages.subList(0, 2));
    }

    @AfterEach
    void close() {
        tenant.close();
    }

    static EvaluationLine line(String id, Level1 level1, Level2 level2, String name, String target) {
        return new EvaluationLine(GoalId.of("g-1"), new Indicator(IndicatorId.of(id), level1, level2, name,
                TargetValue.parse(target)), null);
    }

    @Test
    void theFormShowsTargetBesideActualWithPointsScoresTotalAndGrade() {
        client.get().uri("/api/v1/self-evaluations/{id}", ID.value()).headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"6\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.lines[0].target.text").isEqualTo("≥10亩")
                .jsonPath("$.lines[0].actual.text").isEqualTo("8亩")
                .jsonPath("$.lines[0].points").isEqualTo("50.00")
                .jsonPath("$.lines[0].score").isEqualTo("40.00")
                .jsonPath("$.lines[0].rule").isEqualTo("QUANTITATIVE_BELOW_TARGET")
                .jsonPath("$.lines[0].met").isEqualTo(false)
                .jsonPath("$.budget.executionRate").isEqualTo("0.9239")
                .jsonPath("$.budget.score").isEqualTo("9.24")
                .jsonPath("$.total").isEqualTo("89.24")
                .jsonPath("$.grade").isEqualTo("GOOD")
                .jsonPath("$.gradeLabel").isEqualTo("良")
                .jsonPath("$.errors").isEmpty();
    }

    @Test
    void theFormAsOfAnEarlierVersionIsFoldedFromTheEventStore() {
        client.get().uri("/api/v1/self-evaluations/{id}?asOfVersion=2", ID.value()).headers(Api.as(Role.AUDITOR)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.total").isEqualTo("40.00")
                .jsonPath("$.grade").isEqualTo("POOR")
                .jsonPath("$.errors[0].code").isEqualTo("JUDGEMENT_MISSING");
        client.get().uri("/api/v1/self-evaluations/{id}?asOfVersion=7", ID.value()).headers(Api.as(Role.AUDITOR)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theYearsListAndThePerformanceSectionsWorklistShowTheScore() {
        client.get().uri("/api/v1/self-evaluations?year=2020").headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].total").isEqualTo("89.24")
                .jsonPath("$.items[0].grade").isEqualTo("GOOD");
        client.get().uri("/api/v1/self-evaluations/worklist?year=2020").headers(Api.as(Role.PERFORMANCE_REVIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1);
        client.get().uri("/api/v1/self-evaluations/worklist?year=2020").headers(Api.asFiler(UNIT)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        client.get().uri("/api/v1/self-evaluations?year=2021").headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void theYearsScoresCountByStatusAndGradeOnlyThePassed() {
        client.get().uri("/api/v1/self-evaluations/scores?year=2020").headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.evaluations").isEqualTo(1)
                .jsonPath("$.byStatus.SUBMITTED").isEqualTo(1)
                .jsonPath("$.byStatus.PASSED").isEqualTo(0)
                .jsonPath("$.gradesOfPassed.GOOD").isEqualTo(0)
                .jsonPath("$.averageTotalOfPassed").doesNotExist();
    }

    @Test
    void theFormExportsAsASheetWithTargetBesideActualAndTheIndicatorIds() throws Exception {
        byte[] xlsx = client.get().uri("/api/v1/self-evaluations/{id}/export", ID.value()).headers(Api.as(Role.VIEWER))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("实际完成值");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("≥10亩");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("8亩");
            assertThat(sheet.getRow(3).getCell(10).getStringCellValue()).isEqualTo("i-1");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("89.24");
        }
    }

    @Test
    void anExportRightAfterAWriteHoldsItBeforeTheReadModelHasCaughtUp() throws Exception {
        // in the store only, as just acknowledged to the filer and not yet projected
        tenant.append(List.of(new GenericDomainEventMessage<>("SelfEvaluation", ID.value(), 6,
                new IndicatorResultRecordedEvent(ID, "i-1", new IndicatorResult(TargetValue.parse("9亩"), null, null,
                        "拆迁延期", "加快进度")))));

        byte[] xlsx = client.get().uri("/api/v1/self-evaluations/{id}/export", ID.value()).headers(Api.as(Role.VIEWER))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(4).getStringCellValue()).isEqualTo("9亩");
        }
        client.get().uri("/api/v1/self-evaluations/{id}", ID.value()).headers(Api.as(Role.VIEWER)).exchange()
                .expectBody().jsonPath("$.lines[0].actual.text").isEqualTo("8亩");
    }

    @Test
    void aFilerSeesOnlyTheirOwnUnit() {
        client.get().uri("/api/v1/self-evaluations?year=2020").headers(Api.asFiler("other")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        client.get().uri("/api/v1/self-evaluations/{id}", ID.value()).headers(Api.asFiler("other")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aListWithoutAYearIsRefused() {
        client.get().uri("/api/v1/self-evaluations").headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].code").isEqualTo("YEAR_REQUIRED");
    }
}
