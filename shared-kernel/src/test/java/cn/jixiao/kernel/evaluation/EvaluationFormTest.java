package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A small form of four indicators, one per category but cost, scored and checked by hand. */
class EvaluationFormTest {

    static final EvaluationId ID = EvaluationId.forDeclaration(DeclarationId.of("d-1"));
    static final PersonRef FILER = new PersonRef("u-1", "旷文倩");
    static final GoalId GOAL = GoalId.of("g-1");

    static SelfEvaluationStartedEvent started() {
        return new SelfEvaluationStartedEvent(ID, DeclarationId.of("d-1"), 2020, new Unit("430412", "祝融街道"), 1, 20,
                List.of(line("i-1", Level1.OUTPUT, Level2.QUANTITY, "改造面积", "≥10亩"),
                        line("i-2", Level1.OUTPUT, Level2.QUALITY, "验收合格率", "=100%"),
                        line("i-3", Level1.BENEFIT, Level2.SOCIAL, "居住条件", "有效改善"),
                        line("i-4", Level1.SATISFACTION, Level2.SATISFACTION, "群众满意度", "≥90%")),
                Amount.of("200"), Weights.DEFAULT, FILER);
    }

    static EvaluationLine line(String id, Level1 level1, Level2 level2, String name, String target) {
        return new EvaluationLine(GOAL, new Indicator(IndicatorId.of(id), level1, level2, name, TargetValue.parse(target)),
                null);
    }

    static SelfEvaluationEvent actual(String id, String actual) {
        return new IndicatorResultRecordedEvent(ID, id, new IndicatorResult(TargetValue.parse(actual), null, null, "", ""));
    }

    static EvaluationForm filled() {
        EvaluationForm form = EvaluationForm.started(started());
        for (SelfEvaluationEvent event : List.of(actual("i-1", "8亩"), actual("i-2", "100%"),
                new IndicatorResultRecordedEvent(ID, "i-3", new IndicatorResult(TargetValue.parse("明显改善"),
                        Judgement.PARTLY_ACHIEVED, new BigDecimal("20"), "资金到位晚", "提前拨付")),
                actual("i-4", "95%"), new SpendingRecordedEvent(ID, Amount.of("180")))) {
            form = form.apply(event);
        }
        return form;
    }

    @Test
    void scoresEachLineAndTotalsAndGradesTheForm() {
        Scorecard card = Scorecard.of(filled());

        // output 50 over two indicators: 25 each; 8 of ≥10 → 20; = hit → 25
        assertThat(card.line("i-1").orElseThrow().score()).isEqualByComparingTo("20");
        assertThat(card.line("i-2").orElseThrow().score()).isEqualByComparingTo("25");
        // benefit 30 on one qualitative indicator, 部分达成 picked 20 (inside 18–24)
        assertThat(card.line("i-3").orElseThrow().score()).isEqualByComparingTo("20");
        assertThat(card.line("i-4").orElseThrow().score()).isEqualByComparingTo("10");
        // 180 of 200 spent: 0.9 × 10
        assertThat(card.execution().score()).isEqualByComparingTo("9");
        assertThat(card.total()).isEqualByComparingTo("84");
        assertThat(card.grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void aReviewersCorrectionCountsBesideTheUnitsScore() {
        EvaluationForm form = filled().apply(new ScoreCorrectedEvent(ID, "i-4", new BigDecimal("8"), "抽样仅 85%",
                new PersonRef("r-1", "审核人")));
        Scorecard.LineScore line = Scorecard.of(form).line("i-4").orElseThrow();

        assertThat(line.score()).isEqualByComparingTo("10");
        assertThat(line.finalScore()).isEqualByComparingTo("8");
        assertThat(Scorecard.of(form).total()).isEqualByComparingTo("82");
    }

    @Test
    void aMissedTargetWithoutCauseAndImprovementBlocksSubmission() {
        List<Finding> blocking = EvaluationRules.blocking(filled());

        assertThat(blocking).extracting(Finding::code).containsExactly(EvaluationCodes.MISSED_TARGET_UNEXPLAINED);
        assertThat(blocking.get(0).field()).isEqualTo("lines[0].deviationCause");
    }

    @Test
    void anEmptyFormBlocksSubmissionForEveryLine() {
        assertThat(EvaluationRules.blocking(EvaluationForm.started(started()))).extracting(Finding::code).containsExactly(
                EvaluationCodes.ACTUAL_MISSING, EvaluationCodes.ACTUAL_MISSING, EvaluationCodes.JUDGEMENT_MISSING,
                EvaluationCodes.ACTUAL_MISSING);
    }

    @Test
    void pointsForACategoryWithoutIndicatorsBlockSubmission() {
        EvaluationForm form = filled().apply(new WeightsChangedEvent(ID, new Weights(40, 30, 10, 10, 10)));

        assertThat(EvaluationRules.blocking(form)).extracting(Finding::code)
                .contains(EvaluationCodes.WEIGHT_WITHOUT_INDICATORS);
    }

    @Test
    void weightsMustSumTo100() {
        assertThat(EvaluationRules.checkWeights(new Weights(50, 30, 10, 0, 20))).extracting(Finding::code)
                .containsExactly(EvaluationCodes.WEIGHTS_NOT_100);
        assertThat(EvaluationRules.checkWeights(new Weights(-10, 60, 30, 10, 10))).extracting(Finding::code)
                .containsExactly(EvaluationCodes.WEIGHT_INVALID);
        assertThat(EvaluationRules.checkWeights(new Weights(60, 20, 10, 0, 10))).isEmpty();
    }

    @Test
    void aQuantitativeTargetNeedsANumberInItsUnit() {
        Indicator area = started().lines().get(0).indicator();

        assertThat(EvaluationRules.checkResult(area, BigDecimal.TEN,
                new IndicatorResult(TargetValue.parse("基本完成"), null, null, "", ""))).extracting(Finding::code)
                .containsExactly(EvaluationCodes.ACTUAL_NOT_A_NUMBER);
        assertThat(EvaluationRules.checkResult(area, BigDecimal.TEN,
                new IndicatorResult(TargetValue.parse("8平方米"), null, null, "", ""))).extracting(Finding::code)
                .containsExactly(EvaluationCodes.ACTUAL_UNIT_MISMATCH);
    }

    @Test
    void aQualitativeScoreOutsideItsBandIsRefused() {
        Indicator living = started().lines().get(2).indicator();

        assertThat(EvaluationRules.checkResult(living, new BigDecimal("30"),
                new IndicatorResult(TargetValue.parse("改善"), Judgement.ACHIEVED, new BigDecimal("20"), "", "")))
                .extracting(Finding::code).containsExactly(EvaluationCodes.SCORE_OUTSIDE_BAND);
    }

    @Test
    void theStateFoldsTheLifeCycleAndCountsEveryEvent() {
        Instant at = Instant.parse("2021-01-10T00:00:00Z");
        EvaluationState state = EvaluationState.started(started())
                .apply(new SelfEvaluationSubmittedEvent(ID, 1, new BigDecimal("84.00"), Grade.GOOD, FILER), at)
                .apply(new SelfEvaluationReturnedEvent(ID, "请补充说明", new PersonRef("r-1", "审核人")), at);

        assertThat(state.status()).isEqualTo(EvaluationStatus.RETURNED);
        assertThat(state.version()).isEqualTo(3);
        assertThat(state.revision()).isEqualTo(1);
        assertThat(state.reviews()).singleElement().extracting(EvaluationReview::opinion).isEqualTo("请补充说明");
    }

    @Test
    void everyEventReadsBackFromJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        for (SelfEvaluationEvent event : List.of(started(), actual("i-1", "8亩"), new SpendingRecordedEvent(ID, Amount.of("1.5")),
                new WeightsChangedEvent(ID, Weights.DEFAULT),
                new SelfEvaluationSubmittedEvent(ID, 1, new BigDecimal("84.00"), Grade.GOOD, FILER),
                new SelfEvaluationPassedEvent(ID, "同意", FILER), new SelfEvaluationReturnedEvent(ID, "补充", FILER),
                new ScoreCorrectedEvent(ID, "i-1", new BigDecimal("7.5"), "理由", FILER))) {
            String json = mapper.writeValueAsString(event);
            assertThat(mapper.readValue(json, event.getClass())).as(json).isEqualTo(event);
        }
    }

    @Test
    void theIdIsDerivedFromTheDeclaration() {
        assertThat(EvaluationId.forDeclaration(DeclarationId.of("d-1"))).isEqualTo(ID)
                .isNotEqualTo(EvaluationId.forDeclaration(DeclarationId.of("d-2")));
    }
}
