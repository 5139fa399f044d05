package cn.jixiao.command.evaluation;

import cn.jixiao.command.declaration.LifecycleCodes;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.DeclarationRejectedException.Reason;
import cn.jixiao.kernel.declaration.DeclarationState;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.evaluation.ChangeWeightsCommand;
import cn.jixiao.kernel.evaluation.CorrectScoreCommand;
import cn.jixiao.kernel.evaluation.EvaluationCodes;
import cn.jixiao.kernel.evaluation.EvaluationId;
import cn.jixiao.kernel.evaluation.EvaluationLine;
import cn.jixiao.kernel.evaluation.Grade;
import cn.jixiao.kernel.evaluation.IndicatorResult;
import cn.jixiao.kernel.evaluation.IndicatorResultRecordedEvent;
import cn.jixiao.kernel.evaluation.Judgement;
import cn.jixiao.kernel.evaluation.PassSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.RecordIndicatorResultCommand;
import cn.jixiao.kernel.evaluation.RecordIndicatorResultsCommand;
import cn.jixiao.kernel.evaluation.RecordSpendingCommand;
import cn.jixiao.kernel.evaluation.ReturnSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.ScoreCorrectedEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationPassedEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationReturnedEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationStartedEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationSubmittedEvent;
import cn.jixiao.kernel.evaluation.SpendingRecordedEvent;
import cn.jixiao.kernel.evaluation.StartSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.SubmitSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.Weights;
import cn.jixiao.kernel.tenant.TenantId;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

class SelfEvaluationTest {

    static final String UNIT = "430412-ZRJD";
    static final DeclarationId DECLARATION = DeclarationId.forUnit(UNIT, 2020, DeclarationKind.DEPARTMENT);
    static final EvaluationId ID = EvaluationId.forDeclaration(DECLARATION);
    static final PersonRef FILER = new PersonRef("u-kuang", "旷文倩");
    static final PersonRef REVIEWER = new PersonRef("u-wang", "王绩效");
    static final GoalId GOAL = GoalId.of("goal-1");
    static final Indicator AREA = indicator("ind-1", Level1.OUTPUT, Level2.QUANTITY, "改造面积", "≥10亩");
    static final Indicator LIVING = indicator("ind-2", Level1.BENEFIT, Level2.SOCIAL, "居住条件", "有效改善");
    static final Indicator SATISFIED = indicator("ind-3", Level1.SATISFACTION, Level2.SATISFACTION, "群众满意度", "≥90%");

    private FixtureConfiguration<SelfEvaluation> fixture;
    private Optional<DeclarationState> declaration;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SelfEvaluation.class);
        declaration = Optional.of(replay(approved()));
        fixture.registerInjectableResource((ApprovedDeclarations) id -> id.equals(DECLARATION) ? declaration : Optional.empty());
    }

    @Test
    void filerStartsFromTheApprovedRevisionWithItsIndicatorsBudgetAndDefaultWeights() {
        fixture.givenNoPriorActivity()
                .when(new StartSelfEvaluationCommand(ID, DECLARATION, FILER), asFiler())
                .expectSuccessfulHandlerExecution()
                .expectEvents(started());
    }

    @Test
    void cannotStartBeforeTheDeclarationIsApproved() {
        List<DeclarationEvent> notYet = new ArrayList<>(approved());
        notYet.remove(notYet.size() - 1);
        declaration = Optional.of(replay(notYet));

        fixture.givenNoPriorActivity()
                .when(new StartSelfEvaluationCommand(ID, DECLARATION, FILER), asFiler())
                .expectException(rejected(Reason.CONFLICT, EvaluationCodes.DECLARATION_NOT_APPROVED));
    }

    @Test
    void cannotStartForAnUnknownDeclaration() {
        DeclarationId other = DeclarationId.of("nope");
        fixture.givenNoPriorActivity()
                .when(new StartSelfEvaluationCommand(EvaluationId.forDeclaration(other), other, FILER), asFiler())
                .expectException(rejected(Reason.NOT_FOUND, EvaluationCodes.DECLARATION_NOT_FOUND));
    }

    @Test
    void theIdMustBeTheOneOfTheDeclaration() {
        fixture.givenNoPriorActivity()
                .when(new StartSelfEvaluationCommand(EvaluationId.of("random"), DECLARATION, FILER), asFiler())
                .expectException(rejected(Reason.INVALID, EvaluationCodes.ID_NOT_FOR_DECLARATION));
    }

    @Test
    void filerOfAnotherUnitCannotStart() {
        fixture.givenNoPriorActivity()
                .when(new StartSelfEvaluationCommand(ID, DECLARATION, FILER), as(FILER, "other", Role.FILER))
                .expectException(rejected(Reason.FORBIDDEN, LifecycleCodes.OTHER_UNIT));
    }

    @Test
    void recordingAnActualAnswersTheNewVersion() {
        fixture.given(started())
                .when(record(AREA, "8亩", null, null, "拆迁延期", "加快进度"), asFiler())
                .expectEvents(new IndicatorResultRecordedEvent(ID, "ind-1",
                        new IndicatorResult(TargetValue.parse("8亩"), null, null, "拆迁延期", "加快进度")))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aQuantitativeActualMustBeANumber() {
        fixture.given(started())
                .when(record(AREA, "基本完成", null, null, null, null), asFiler())
                .expectException(rejected(Reason.INVALID, "INVALID", EvaluationCodes.ACTUAL_NOT_A_NUMBER))
                .expectNoEvents();
    }

    @Test
    void aQualitativeScoreOutsideTheBandOfItsJudgementIsRefused() {
        // benefit 30 on one indicator: 达成 scores 24–30
        fixture.given(started())
                .when(record(LIVING, "明显改善", Judgement.ACHIEVED, "20", null, null), asFiler())
                .expectException(rejected(Reason.INVALID, "INVALID", EvaluationCodes.SCORE_OUTSIDE_BAND))
                .expectNoEvents();
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        fixture.given(started())
                .when(new RecordIndicatorResultCommand(ID, "nope", "1", null, null, null, null, null), asFiler())
                .expectException(rejected(Reason.NOT_FOUND, EvaluationCodes.LINE_NOT_FOUND));
    }

    @Test
    void weightsThatDoNotSumTo100AreRefused() {
        fixture.given(started())
                .when(new ChangeWeightsCommand(ID, new Weights(50, 30, 10, 0, 20), null), asFiler())
                .expectException(rejected(Reason.INVALID, "INVALID", EvaluationCodes.WEIGHTS_NOT_100))
                .expectNoEvents();
    }

    @Test
    void aMissedTargetWithoutCauseBlocksSubmission() {
        fixture.given(filledWith(new IndicatorResult(TargetValue.parse("8亩"), null, null, "", "")))
                .when(new SubmitSelfEvaluationCommand(ID, FILER, null), asFiler())
                .expectException(rejected(Reason.CONFLICT, EvaluationCodes.EVALUATION_SUBMISSION_BLOCKED,
                        EvaluationCodes.MISSED_TARGET_UNEXPLAINED))
                .expectNoEvents();
    }

    @Test
    void submittingRecordsTheComputedTotalAndGrade() {
        // 8 of ≥10亩: 0.8 × 50 = 40; 达成 30; 95% of ≥90%: 10; 600 of 649.4: 0.9239 × 10 = 9.24 → 89.24 良
        fixture.given(filledWith(new IndicatorResult(TargetValue.parse("8亩"), null, null, "拆迁延期", "加快进度")))
                .when(new SubmitSelfEvaluationCommand(ID, FILER, null), asFiler())
                .expectEvents(new SelfEvaluationSubmittedEvent(ID, 1, new BigDecimal("89.24"), Grade.GOOD, FILER));
    }

    @Test
    void cannotEditWhileSubmitted() {
        fixture.given(submitted())
                .when(new RecordSpendingCommand(ID, Amount.of("1"), null), asFiler())
                .expectException(rejected(Reason.CONFLICT, EvaluationCodes.EVALUATION_NOT_EDITABLE));
    }

    @Test
    void performanceSectionPassesASubmittedSelfEvaluation() {
        fixture.given(submitted())
                .when(new PassSelfEvaluationCommand(ID, "同意", REVIEWER, null), asReviewer())
                .expectEvents(new SelfEvaluationPassedEvent(ID, "同意", REVIEWER));
    }

    @Test
    void returningNeedsAnOpinionAndReopensTheForm() {
        fixture.given(submitted())
                .when(new ReturnSelfEvaluationCommand(ID, " ", REVIEWER, null), asReviewer())
                .expectException(rejected(Reason.INVALID, LifecycleCodes.OPINION_REQUIRED));
        fixture.given(plus(submitted(), new SelfEvaluationReturnedEvent(ID, "补充说明", REVIEWER)))
                .when(new RecordSpendingCommand(ID, Amount.of("649.4"), null), asFiler())
                .expectEvents(new SpendingRecordedEvent(ID, Amount.of("649.4")));
    }

    @Test
    void aFilerCannotPassTheirOwnSelfEvaluation() {
        fixture.given(submitted())
                .when(new PassSelfEvaluationCommand(ID, "同意", REVIEWER, null), asFiler())
                .expectException(rejected(Reason.FORBIDDEN, LifecycleCodes.ROLE_REQUIRED));
        fixture.given(submitted())
                .when(new PassSelfEvaluationCommand(ID, "同意", FILER, null), as(FILER, UNIT, Role.FILER, Role.PERFORMANCE_REVIEWER))
                .expectException(rejected(Reason.FORBIDDEN, LifecycleCodes.OWN_FILING));
    }

    @Test
    void cannotPassADraft() {
        fixture.given(started())
                .when(new PassSelfEvaluationCommand(ID, "同意", REVIEWER, null), asReviewer())
                .expectException(rejected(Reason.CONFLICT, EvaluationCodes.EVALUATION_WRONG_STATUS));
    }

    @Test
    void reviewerCorrectsAScoreWithAReasonAsItsOwnEvent() {
        fixture.given(submitted())
                .when(new CorrectScoreCommand(ID, "ind-3", new BigDecimal("8"), "抽样满意度仅 85%", REVIEWER, null), asReviewer())
                .expectEvents(new ScoreCorrectedEvent(ID, "ind-3", new BigDecimal("8"), "抽样满意度仅 85%", REVIEWER));
    }

    @Test
    void aCorrectionBeyondTheLinesPointsOrWithoutReasonIsRefused() {
        fixture.given(submitted())
                .when(new CorrectScoreCommand(ID, "ind-3", new BigDecimal("11"), "", REVIEWER, null), asReviewer())
                .expectException(rejected(Reason.INVALID, "INVALID", EvaluationCodes.SCORE_OUT_OF_RANGE,
                        EvaluationCodes.REASON_REQUIRED));
        fixture.given(submitted())
                .when(new CorrectScoreCommand(ID, "executionRate", new BigDecimal("10"), "以决算为准", REVIEWER, null), asReviewer())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aFilledSheetIsRecordedAllOrNoneWithEachProblemAtItsCell() {
        RecordIndicatorResultsCommand.Row good = new RecordIndicatorResultsCommand.Row("A4", Map.of("actual", "E4"), "ind-1",
                "10亩", null, null, "", "");
        RecordIndicatorResultsCommand.Row bad = new RecordIndicatorResultsCommand.Row("A6", Map.of("actual", "E6"), "ind-3",
                "很满意", null, null, "", "");
        RecordIndicatorResultsCommand.Row unknown = new RecordIndicatorResultsCommand.Row("A7",
                Map.of("indicatorId", "K7"), "nope", "1", null, null, "", "");

        fixture.given(started())
                .when(new RecordIndicatorResultsCommand(ID, List.of(good, bad, unknown), null), asFiler())
                .expectException(new TypeSafeMatcher<DeclarationRejectedException>() {
                    @Override
                    protected boolean matchesSafely(DeclarationRejectedException e) {
                        return e.findings().stream().map(Finding::field).toList().equals(List.of("E6", "K7"));
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("problems at E6 and K7");
                    }
                })
                .expectNoEvents();
        fixture.given(started())
                .when(new RecordIndicatorResultsCommand(ID, List.of(good), null), asFiler())
                .expectEvents(new IndicatorResultRecordedEvent(ID, "ind-1",
                        new IndicatorResult(TargetValue.parse("10亩"), null, null, "", "")))
                .expectResultMessagePayload(2L);
    }

    // ---- histories

    static Indicator indicator(String id, Level1 level1, Level2 level2, String name, String target) {
        return new Indicator(IndicatorId.of(id), level1, level2, name, TargetValue.parse(target));
    }

    static List<DeclarationEvent> approved() {
        List<DeclarationEvent> events = new ArrayList<>(List.of(
                new DeclarationCreatedEvent(DECLARATION, 2020, DeclarationKind.DEPARTMENT, Edition.E2020,
                        new Unit(UNIT, "衡阳市南岳区祝融街道办事处"), "南岳区祝融街道办事处", "尹晖", FILER),
                new BudgetUpdatedEvent(DECLARATION, Income.EMPTY,
                        new Expenditure(Amount.of("649.4"), Amount.of("210.6"), Amount.of("438.8")), ThreePublic.EMPTY),
                new GoalAddedEvent(DECLARATION, GOAL, "改善民生")));
        for (Indicator i : List.of(AREA, LIVING, SATISFIED)) {
            events.add(new IndicatorAddedEvent(DECLARATION, GOAL, i.id(), i.level1(), i.level2(), i.name(), i.target()));
        }
        events.add(new DeclarationSubmittedEvent(DECLARATION, 1, List.of(), FILER));
        events.add(new BusinessReviewPassedEvent(DECLARATION, "同意", new PersonRef("u-li", "李审核")));
        events.add(new DeclarationApprovedEvent(DECLARATION, "批复", REVIEWER));
        return events;
    }

    static DeclarationState replay(List<DeclarationEvent> events) {
        DeclarationState state = null;
        for (DeclarationEvent event : events) {
            state = DeclarationState.fold(state, event, Instant.parse("2020-03-01T00:00:00Z"));
        }
        return state;
    }

    static SelfEvaluationStartedEvent started() {
        return new SelfEvaluationStartedEvent(ID, DECLARATION, 2020, new Unit(UNIT, "衡阳市南岳区祝融街道办事处"), 1, 9,
                List.of(new EvaluationLine(GOAL, AREA, null), new EvaluationLine(GOAL, LIVING, null),
                        new EvaluationLine(GOAL, SATISFIED, null)),
                Amount.of("649.4"), Weights.DEFAULT, FILER);
    }

    static List<SelfEvaluationEvent> filledWith(IndicatorResult area) {
        return List.of(started(), new IndicatorResultRecordedEvent(ID, "ind-1", area),
                new IndicatorResultRecordedEvent(ID, "ind-2",
                        new IndicatorResult(TargetValue.parse("明显改善"), Judgement.ACHIEVED, null, "", "")),
                new IndicatorResultRecordedEvent(ID, "ind-3",
                        new IndicatorResult(TargetValue.parse("95%"), null, null, "", "")),
                new SpendingRecordedEvent(ID, Amount.of("600")));
    }

    static List<SelfEvaluationEvent> submitted() {
        return plus(filledWith(new IndicatorResult(TargetValue.parse("8亩"), null, null, "拆迁延期", "加快进度")),
                new SelfEvaluationSubmittedEvent(ID, 1, new BigDecimal("89.24"), Grade.GOOD, FILER));
    }

    static List<SelfEvaluationEvent> plus(List<SelfEvaluationEvent> history, SelfEvaluationEvent... more) {
        List<SelfEvaluationEvent> all = new ArrayList<>(history);
        all.addAll(Arrays.asList(more));
        return all;
    }

    static RecordIndicatorResultCommand record(Indicator indicator, String actual, Judgement judgement, String score,
                                               String cause, String improvement) {
        return new RecordIndicatorResultCommand(ID, indicator.id().value(), actual, judgement,
                score == null ? null : new BigDecimal(score), cause, improvement, null);
    }

    static MetaData as(PersonRef person, String unit, Role... roles) {
        return MetaData.from(MetadataKeys.forActor(new Actor(person.id(), person.name(), Set.of(roles),
                TenantId.of("nanyue"), unit)));
    }

    static MetaData asFiler() {
        return as(FILER, UNIT, Role.FILER);
    }

    static MetaData asReviewer() {
        return as(REVIEWER, null, Role.PERFORMANCE_REVIEWER);
    }

    static TypeSafeMatcher<DeclarationRejectedException> rejected(Reason reason, String code, String... findings) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DeclarationRejectedException e) {
                return e.reason() == reason && e.code().equals(code) && Arrays.stream(findings)
                        .allMatch(c -> e.findings().stream().map(Finding::code).anyMatch(c::equals));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(reason + " " + code + " " + Arrays.toString(findings));
            }

            @Override
            protected void describeMismatchSafely(DeclarationRejectedException e, Description description) {
                description.appendText("was " + e.reason() + " " + e.code() + " " + e.findings());
            }
        };
    }
}
