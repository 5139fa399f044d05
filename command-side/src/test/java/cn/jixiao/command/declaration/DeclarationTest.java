package cn.jixiao.command.declaration;

import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.AdjustmentStartedEvent;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.ApproveDeclarationCommand;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationRejectedException.Reason;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.RecordApprovedOnPaperCommand;
import cn.jixiao.kernel.declaration.RemoveIndicatorCommand;
import cn.jixiao.kernel.declaration.ReturnDeclarationCommand;
import cn.jixiao.kernel.declaration.ReviewAsBusinessSectionCommand;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.ReviseGoalCommand;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.StartAdjustmentCommand;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.UpdateBudgetCommand;
import cn.jixiao.kernel.declaration.UpdateFunctionsCommand;
import cn.jixiao.kernel.declaration.rules.RuleCodes;
import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static cn.jixiao.command.declaration.Given.ADMIN;
import static cn.jixiao.command.declaration.Given.BUSINESS_REVIEWER;
import static cn.jixiao.command.declaration.Given.FILER;
import static cn.jixiao.command.declaration.Given.GOAL;
import static cn.jixiao.command.declaration.Given.ID;
import static cn.jixiao.command.declaration.Given.INDICATOR;
import static cn.jixiao.command.declaration.Given.PERFORMANCE_REVIEWER;
import static cn.jixiao.command.declaration.Given.UNIT;
import static cn.jixiao.command.declaration.Given.as;
import static cn.jixiao.command.declaration.Given.asBusinessReviewer;
import static cn.jixiao.command.declaration.Given.asFiler;
import static cn.jixiao.command.declaration.Given.asPerformanceReviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

class DeclarationTest {

    private FixtureConfiguration<Declaration> fixture;
    private PreviousYearTargets previousYear = PreviousYearTargets.NONE;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Declaration.class);
        fixture.registerInjectableResource((PreviousYearTargets) form -> previousYear.before(form));
        fixture.registerInjectableResource(TenantRegister.NONE);
    }

    // ---- creating

    @Test
    void filerOpensTheDeclarationOfTheirUnitAsDraftWithTheYearsEdition() {
        fixture.givenNoPriorActivity()
                .when(create(2020, null), asFiler())
                .expectSuccessfulHandlerExecution()
                .expectEvents(Given.created());
    }

    @Test
    void editionDefaultsToTheOneOfTheYear() {
        DeclarationId id2021 = DeclarationId.forUnit(UNIT, 2021, DeclarationKind.DEPARTMENT);
        fixture.givenNoPriorActivity()
                .when(new CreateDeclarationCommand(id2021, 2021, DeclarationKind.DEPARTMENT, null,
                        new Unit(UNIT, "衡阳市南岳区祝融街道办事处"), "南岳区祝融街道办事处", "尹晖", FILER), asFiler())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> ((DeclarationCreatedEvent) e).edition() == Edition.E2021))));
    }

    @Test
    void filerCannotOpenADeclarationForAnotherUnit() {
        fixture.givenNoPriorActivity()
                .when(create(2020, null), as(FILER, "OTHER-UNIT", Role.FILER))
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.OTHER_UNIT));
    }

    @Test
    void declarationIdMustBeTheOneOfTheUnitYearAndKind() {
        fixture.givenNoPriorActivity()
                .when(new CreateDeclarationCommand(DeclarationId.random(), 2020, DeclarationKind.DEPARTMENT, null,
                        new Unit(UNIT, "祝融街道"), null, null, FILER), asFiler())
                .expectException(Rejected.as(Reason.INVALID, LifecycleCodes.ID_NOT_FOR_UNIT));
    }

    // ---- editing

    @Test
    void everyEditAnswersTheNewVersion() {
        fixture.given(Given.draft())
                .when(new UpdateFunctionsCommand(ID, "1、宣传贯彻落实法律法规", null), asFiler())
                .expectResultMessagePayload(5L);
    }

    @Test
    void cannotEditWhileSubmitted() {
        fixture.given(Given.submitted())
                .when(new UpdateFunctionsCommand(ID, "改一下", null), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.NOT_EDITABLE).saying("已提交"))
                .expectNoEvents();
    }

    @Test
    void cannotEditOnceApproved() {
        fixture.given(Given.approved())
                .when(new UpdateFunctionsCommand(ID, "改一下", null), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.NOT_EDITABLE).saying("已批复"));
    }

    @Test
    void returnedDeclarationCanBeEditedAgain() {
        fixture.given(Given.plus(Given.submitted(),
                        new DeclarationReturnedEvent(ID, ReviewStage.BUSINESS, "目标不够具体", BUSINESS_REVIEWER)))
                .when(new ReviseGoalCommand(ID, GOAL, "保障四个社区正常运转", null), asFiler())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(7L);
    }

    @Test
    void filerCannotEditAnotherUnitsDeclaration() {
        fixture.given(Given.draft())
                .when(new UpdateFunctionsCommand(ID, "改一下", null), as(FILER, "OTHER-UNIT", Role.FILER))
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.OTHER_UNIT));
    }

    @Test
    void reviewerCannotEditTheForm() {
        fixture.given(Given.draft())
                .when(new UpdateFunctionsCommand(ID, "改一下", null), asBusinessReviewer())
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.ROLE_REQUIRED));
    }

    @Test
    void negativeStaffCountIsRefusedAtOnce() {
        fixture.given(Given.draft())
                .when(new UpdateBasicInfoCommand(ID, "祝融街道", "尹晖", new Contact("旷文倩", "1"),
                        new Staffing(-1, 29), null), asFiler())
                .expectException(Rejected.as(Reason.INVALID, "INVALID", RuleCodes.NEGATIVE_STAFF));
    }

    @Test
    void revisingAnUnknownGoalIsNotFound() {
        fixture.given(Given.draft())
                .when(new ReviseGoalCommand(ID, GoalId.of("no-such-goal"), "x", null), asFiler())
                .expectException(Rejected.as(Reason.NOT_FOUND, LifecycleCodes.GOAL_NOT_FOUND));
    }

    @Test
    void removingAnUnknownIndicatorIsNotFound() {
        fixture.given(Given.draft())
                .when(new RemoveIndicatorCommand(ID, GOAL, IndicatorId.of("no-such-indicator"), null), asFiler())
                .expectException(Rejected.as(Reason.NOT_FOUND, LifecycleCodes.INDICATOR_NOT_FOUND));
    }

    @Test
    void addingAGoalTwiceWithTheSameIdConflicts() {
        fixture.given(Given.draft())
                .when(new AddGoalCommand(ID, GOAL, "又一个", null), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.GOAL_EXISTS));
    }

    @Test
    void costAsLevel1IsRefusedInThe2020Edition() {
        fixture.given(Given.draft())
                .when(indicator(Level1.COST, Level2.ECONOMIC_COST, "经济成本", "≤10万元"), asFiler())
                .expectException(Rejected.as(Reason.INVALID, "INVALID", RuleCodes.LEVEL_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void level2UnderTheWrongLevel1IsRefusedAtOnce() {
        fixture.given(Given.draft())
                .when(indicator(Level1.BENEFIT, Level2.QUANTITY, "辖区内社区数量", "=4个社区"), asFiler())
                .expectException(Rejected.as(Reason.INVALID, "INVALID", RuleCodes.LEVEL_MISMATCH));
    }

    @Test
    void indicatorWithoutNameOrTargetIsRefusedAtOnce() {
        fixture.given(Given.draft())
                .when(indicator(Level1.OUTPUT, Level2.QUANTITY, " ", null), asFiler())
                .expectException(Rejected.as(Reason.INVALID, "INVALID",
                        RuleCodes.INDICATOR_NAME_MISSING, RuleCodes.TARGET_MISSING));
    }

    // ---- submitting

    @Test
    void cannotSubmitWhenIncomeDoesNotAddUp() {
        fixture.given(Given.plus(Given.draft(), new BudgetUpdatedEvent(ID,
                        new Income(amount("649.4"), amount("600"), Amount.ZERO, Amount.ZERO, Amount.ZERO),
                        new Expenditure(amount("649.4"), amount("210.6"), amount("438.8")), ThreePublic.EMPTY)))
                .when(submit(), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.SUBMISSION_BLOCKED,
                        RuleCodes.INCOME_TOTAL_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitWithoutAGoal() {
        fixture.given(Given.draft().subList(0, 2))
                .when(submit(), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.SUBMISSION_BLOCKED, RuleCodes.NO_GOAL));
    }

    @Test
    void submittingClosesRevisionOneWithItsWarnings() {
        fixture.given(Given.draft())
                .when(submit(), asFiler())
                .expectResultMessagePayload(5L)
                .expectEventsMatching(submittedMatching(e -> e.revision() == 1
                        && codes(e.warnings()).contains(RuleCodes.GOAL_MISSING_CATEGORY)));
    }

    @Test
    void resubmittingAfterReturnClosesRevisionTwo() {
        fixture.given(Given.plus(Given.submitted(),
                        new DeclarationReturnedEvent(ID, ReviewStage.BUSINESS, "目标不够具体", BUSINESS_REVIEWER)))
                .when(submit(), asFiler())
                .expectEventsMatching(submittedMatching(e -> e.revision() == 2));
    }

    @Test
    void targetWeakerThanLastYearIsAWarningOfTheRevision() {
        previousYear = form -> name -> name.equals("辖区内社区数量")
                ? Optional.of(TargetValue.parse("≥5个社区")) : Optional.empty();
        fixture.given(Given.plus(Given.draft().subList(0, 3),
                        new IndicatorAddedEvent(ID, GOAL, INDICATOR, Level1.OUTPUT,
                                Level2.QUANTITY, "辖区内社区数量", TargetValue.parse("≥4个社区"))))
                .when(submit(), asFiler())
                .expectEventsMatching(submittedMatching(
                        e -> codes(e.warnings()).contains(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR)));
    }

    @Test
    void cannotSubmitTwice() {
        fixture.given(Given.submitted())
                .when(submit(), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.NOT_EDITABLE).saying("已提交"));
    }

    // ---- business review

    @Test
    void businessReviewerPassesASubmittedDeclarationOn() {
        fixture.given(Given.submitted())
                .when(businessReview(ReviewDecision.PASS, "同意"), asBusinessReviewer())
                .expectEvents(new BusinessReviewPassedEvent(ID, "同意", BUSINESS_REVIEWER))
                .expectResultMessagePayload(6L);
    }

    @Test
    void businessReviewerReturnsWithAnOpinion() {
        fixture.given(Given.submitted())
                .when(businessReview(ReviewDecision.RETURN, "目标不够具体"), asBusinessReviewer())
                .expectEvents(new DeclarationReturnedEvent(ID, ReviewStage.BUSINESS, "目标不够具体", BUSINESS_REVIEWER));
    }

    @Test
    void returnNeedsAnOpinion() {
        fixture.given(Given.submitted())
                .when(businessReview(ReviewDecision.RETURN, "  "), asBusinessReviewer())
                .expectException(Rejected.as(Reason.INVALID, LifecycleCodes.OPINION_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void businessReviewerCannotReviewOwnFiling() {
        fixture.given(Given.submitted())
                .when(new ReviewAsBusinessSectionCommand(ID, ReviewDecision.PASS, "同意", FILER, null),
                        as(FILER, UNIT, Role.FILER, Role.BUSINESS_REVIEWER))
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.OWN_FILING));
    }

    @Test
    void onlyTheBusinessSectionReviewsFirst() {
        fixture.given(Given.submitted())
                .when(businessReview(ReviewDecision.PASS, "同意"), asPerformanceReviewer())
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.ROLE_REQUIRED));
    }

    @Test
    void businessReviewCannotApprove() {
        fixture.given(Given.submitted())
                .when(businessReview(ReviewDecision.APPROVE, "同意"), asBusinessReviewer())
                .expectException(Rejected.as(Reason.INVALID, LifecycleCodes.DECISION_INVALID));
    }

    @Test
    void cannotReviewADraft() {
        fixture.given(Given.draft())
                .when(businessReview(ReviewDecision.PASS, "同意"), asBusinessReviewer())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.WRONG_STATUS).saying("草稿"));
    }

    // ---- performance review

    @Test
    void performanceReviewerApprovesAfterBusinessReview() {
        fixture.given(Given.businessReviewed())
                .when(new ApproveDeclarationCommand(ID, "同意批复", PERFORMANCE_REVIEWER, null), asPerformanceReviewer())
                .expectEvents(new DeclarationApprovedEvent(ID, "同意批复", PERFORMANCE_REVIEWER))
                .expectResultMessagePayload(7L);
    }

    @Test
    void cannotApproveBeforeBusinessReview() {
        fixture.given(Given.submitted())
                .when(new ApproveDeclarationCommand(ID, "同意批复", PERFORMANCE_REVIEWER, null), asPerformanceReviewer())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.WRONG_STATUS).saying("已提交"));
    }

    @Test
    void performanceReviewerReturnsWithAnOpinion() {
        fixture.given(Given.businessReviewed())
                .when(new ReturnDeclarationCommand(ID, "成本指标偏高", PERFORMANCE_REVIEWER, null), asPerformanceReviewer())
                .expectEvents(new DeclarationReturnedEvent(ID, ReviewStage.PERFORMANCE, "成本指标偏高", PERFORMANCE_REVIEWER));
    }

    @Test
    void performanceReturnNeedsAnOpinionToo() {
        fixture.given(Given.businessReviewed())
                .when(new ReturnDeclarationCommand(ID, null, PERFORMANCE_REVIEWER, null), asPerformanceReviewer())
                .expectException(Rejected.as(Reason.INVALID, LifecycleCodes.OPINION_REQUIRED));
    }

    @Test
    void performanceReviewerCannotApproveOwnFiling() {
        fixture.given(Given.businessReviewed())
                .when(new ApproveDeclarationCommand(ID, "同意", FILER, null), as(FILER, UNIT, Role.PERFORMANCE_REVIEWER))
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.OWN_FILING));
    }

    @Test
    void theBusinessReviewerCannotAlsoApproveTheSameRevision() {
        fixture.given(Given.businessReviewed())
                .when(new ApproveDeclarationCommand(ID, "同意", BUSINESS_REVIEWER, null),
                        as(BUSINESS_REVIEWER, null, Role.BUSINESS_REVIEWER, Role.PERFORMANCE_REVIEWER))
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.SAME_PERSON_BOTH_STAGES))
                .expectNoEvents();
    }

    @Test
    void theBusinessReviewerCannotAlsoDecideThePerformanceReturn() {
        fixture.given(Given.businessReviewed())
                .when(new ReturnDeclarationCommand(ID, "退回", BUSINESS_REVIEWER, null),
                        as(BUSINESS_REVIEWER, null, Role.BUSINESS_REVIEWER, Role.PERFORMANCE_REVIEWER))
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.SAME_PERSON_BOTH_STAGES));
    }

    @Test
    void aPersonHoldingBothReviewRolesMayApproveWhatAnotherPersonPassed() {
        fixture.given(Given.businessReviewed())
                .when(new ApproveDeclarationCommand(ID, "同意", PERFORMANCE_REVIEWER, null),
                        as(PERFORMANCE_REVIEWER, null, Role.BUSINESS_REVIEWER, Role.PERFORMANCE_REVIEWER))
                .expectEvents(new DeclarationApprovedEvent(ID, "同意", PERFORMANCE_REVIEWER));
    }

    // ---- adjustment

    @Test
    void adjustmentReopensApprovedDeclaration() {
        fixture.given(Given.approved())
                .when(new StartAdjustmentCommand(ID, "年中追加预算", FILER, null), asFiler())
                .expectEvents(new AdjustmentStartedEvent(ID, "年中追加预算", FILER))
                .expectResultMessagePayload(8L);
    }

    @Test
    void adjustmentNeedsAReason() {
        fixture.given(Given.approved())
                .when(new StartAdjustmentCommand(ID, "", FILER, null), asFiler())
                .expectException(Rejected.as(Reason.INVALID, LifecycleCodes.REASON_REQUIRED));
    }

    @Test
    void onlyAnApprovedDeclarationCanBeAdjusted() {
        fixture.given(Given.submitted())
                .when(new StartAdjustmentCommand(ID, "年中追加预算", FILER, null), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.WRONG_STATUS).saying("已提交"));
    }

    @Test
    void aDeclarationUnderAdjustmentCanBeEdited() {
        fixture.given(Given.plus(Given.approved(), new AdjustmentStartedEvent(ID, "年中追加预算", FILER),
                        new GoalAddedEvent(ID, GoalId.of("goal-2"), "新增目标")))
                .when(new AddIndicatorCommand(ID, GoalId.of("goal-2"), IndicatorId.of("ind-2-1"), Level1.OUTPUT,
                        Level2.QUANTITY, "新增社区数量", TargetValue.parse("=1个社区"), null), asFiler())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(10L);
    }

    @Test
    void submittingAnAdjustmentClosesTheNextRevision() {
        fixture.given(Given.plus(Given.approved(), new AdjustmentStartedEvent(ID, "年中追加预算", FILER)))
                .when(submit(), asFiler())
                .expectEventsMatching(submittedMatching(e -> e.revision() == 2));
    }

    // ---- migration of past paper forms

    @Test
    void pastPaperFormIsRecordedAsApprovedStraightFromDraft() {
        Instant now = Instant.parse("2021-03-01T08:00:00Z");
        fixture.givenCurrentTime(now)
                .andGiven(Given.draft())
                .when(new RecordApprovedOnPaperCommand(ID, "2020年纸质批复", ADMIN, null), as(ADMIN, null, Role.TENANT_ADMIN))
                .expectEvents(new ApprovedOnPaperRecordedEvent(ID, "2020年纸质批复", ADMIN, now))
                .expectResultMessagePayload(5L);
    }

    @Test
    void onlyATenantAdminRecordsPaperApprovals() {
        fixture.given(Given.draft())
                .when(new RecordApprovedOnPaperCommand(ID, "2020年纸质批复", FILER, null), asFiler())
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.ROLE_REQUIRED));
    }

    @Test
    void aSubmittedDeclarationCannotBeRecordedAsApprovedOnPaper() {
        fixture.given(Given.plus(Given.submitted(),
                        new DeclarationReturnedEvent(ID, ReviewStage.BUSINESS, "退回", BUSINESS_REVIEWER)))
                .when(new RecordApprovedOnPaperCommand(ID, "纸质批复", ADMIN, null), as(ADMIN, null, Role.TENANT_ADMIN))
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.WRONG_STATUS));
    }

    @Test
    void theAggregateKeepsAVersionThatCountsEveryEvent() {
        fixture.given(Given.approved())
                .when(new StartAdjustmentCommand(ID, "追加", FILER, null), asFiler())
                .expectState(declaration -> assertThat(declaration).extracting("state.version").isEqualTo(8L));
    }

    // ---- helpers

    private static CreateDeclarationCommand create(int year, Edition edition) {
        return new CreateDeclarationCommand(DeclarationId.forUnit(UNIT, year, DeclarationKind.DEPARTMENT), year,
                DeclarationKind.DEPARTMENT, edition, new Unit(UNIT, "衡阳市南岳区祝融街道办事处"), "南岳区祝融街道办事处",
                "尹晖", FILER);
    }

    private static AddIndicatorCommand indicator(Level1 level1, Level2 level2, String name, String target) {
        return new AddIndicatorCommand(ID, GOAL, IndicatorId.of("ind-new"), level1, level2, name,
                target == null ? null : TargetValue.parse(target), null);
    }

    private static SubmitDeclarationCommand submit() {
        return new SubmitDeclarationCommand(ID, FILER, null);
    }

    private static ReviewAsBusinessSectionCommand businessReview(ReviewDecision decision, String opinion) {
        return new ReviewAsBusinessSectionCommand(ID, decision, opinion, BUSINESS_REVIEWER, null);
    }

    private static Amount amount(String text) {
        return Amount.of(text);
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    private static Matcher<List<Message<?>>> submittedMatching(
            Predicate<DeclarationSubmittedEvent> expected) {
        return payloadsMatching(exactSequenceOf(
                matches(e -> e instanceof DeclarationSubmittedEvent s && expected.test(s))));
    }
}
