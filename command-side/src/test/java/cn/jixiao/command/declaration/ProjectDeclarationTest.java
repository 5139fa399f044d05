package cn.jixiao.command.declaration;

import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddProjectIndicatorCommand;
import cn.jixiao.kernel.declaration.AddProjectTargetCommand;
import cn.jixiao.kernel.declaration.ApproveDeclarationCommand;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.CompetentReviewPassedEvent;
import cn.jixiao.kernel.declaration.CompetentReviewRequestedEvent;
import cn.jixiao.kernel.declaration.CreateProjectDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationRejectedException.Reason;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorDetailsSetEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.PlanRow;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectFundsUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectRationale;
import cn.jixiao.kernel.declaration.ProjectSample;
import cn.jixiao.kernel.declaration.ProjectTargetAddedEvent;
import cn.jixiao.kernel.declaration.ReviewAsBusinessSectionCommand;
import cn.jixiao.kernel.declaration.ReviewAsCompetentDepartmentCommand;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateProjectFundsCommand;
import cn.jixiao.kernel.declaration.UpdateProjectInfoCommand;
import cn.jixiao.kernel.declaration.UpdateProjectRationaleCommand;
import cn.jixiao.kernel.declaration.rules.RuleCodes;
import cn.jixiao.kernel.register.CompetentReviewSetEvent;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.RegisterState;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UnitKind;
import cn.jixiao.kernel.register.UnitRegisteredEvent;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.jixiao.kernel.declaration.ProjectSample.ID;
import static cn.jixiao.kernel.declaration.ProjectSample.UNIT_CODE;

class ProjectDeclarationTest {

    private static final PersonRef FILER = ProjectSample.FILER;
    private static final PersonRef COMPETENT = new PersonRef("u-gov", "张主管");
    private static final PersonRef BUSINESS = new PersonRef("u-li", "李业务");
    private static final PersonRef PERFORMANCE = new PersonRef("u-wang", "王绩效");
    private static final String DEPARTMENT = "430412000";

    private FixtureConfiguration<Declaration> fixture;
    private RegisterState register = RegisterState.EMPTY;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Declaration.class);
        fixture.registerInjectableResource(PreviousYearTargets.NONE);
        fixture.registerInjectableResource((TenantRegister) () -> register);
    }

    // ---- opening

    @Test
    void filerOpensAProjectFormWithItsProjectSection() {
        fixture.givenNoPriorActivity()
                .when(create(ProjectSample.INFO), asFiler())
                .expectSuccessfulHandlerExecution()
                .expectEvents(ProjectSample.created(), new ProjectInfoUpdatedEvent(ID, ProjectSample.INFO));
    }

    @Test
    void theIdIsTheOneOfTheUnitProjectCodeAndYear() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectDeclarationCommand(DeclarationId.forProject(UNIT_CODE, "OTHER", 2021), 2021,
                        Edition.E2021, unit(), ProjectSample.INFO, "尹晖", FILER), asFiler())
                .expectException(Rejected.as(Reason.INVALID, LifecycleCodes.ID_NOT_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aProjectFormNeedsItsCode() {
        fixture.givenNoPriorActivity()
                .when(create(info("", "2021-01", "2021-12")), asFiler())
                .expectException(Rejected.as(Reason.INVALID, "PROJECT_CODE_MISSING"));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAtOnce() {
        fixture.given(ProjectSample.events())
                .when(new UpdateProjectInfoCommand(ID, info(ProjectSample.PROJECT_CODE, "2021-12", "2021-01"), null),
                        asFiler())
                .expectException(Rejected.as(Reason.INVALID, "INVALID", RuleCodes.PERIOD_ENDS_BEFORE_START))
                .expectNoEvents();
    }

    @Test
    void theProjectCodeCannotChangeAfterOpening() {
        fixture.given(ProjectSample.events())
                .when(new UpdateProjectInfoCommand(ID, info("OTHER", "2021-01", "2021-12"), null), asFiler())
                .expectException(Rejected.as(Reason.INVALID, LifecycleCodes.PROJECT_CODE_FIXED))
                .expectNoEvents();
    }

    // ---- editing

    @Test
    void fundsThatDoNotAddUpMayBeSavedButBlockSubmission() {
        ProjectFunds wrong = new ProjectFunds(Amount.of("100"), Amount.of("80"), null, null, null, null);
        List<DeclarationEvent> history = Given.plus(ProjectSample.events(), new ProjectFundsUpdatedEvent(ID, wrong));
        fixture.given(ProjectSample.events())
                .when(new UpdateProjectFundsCommand(ID, wrong, null), asFiler())
                .expectEvents(new ProjectFundsUpdatedEvent(ID, wrong));
        fixture.given(history)
                .when(submit(), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.SUBMISSION_BLOCKED,
                        RuleCodes.PROJECT_FUNDS_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void aPlanRowEndingBeforeItStartsIsRefusedAtOnce() {
        ProjectRationale rationale = new ProjectRationale("依据", "", "",
                List.of(new PlanRow("开展服务", "2021-06", "2021-02")));
        fixture.given(ProjectSample.events())
                .when(new UpdateProjectRationaleCommand(ID, rationale, null), asFiler())
                .expectException(Rejected.as(Reason.INVALID, "INVALID", RuleCodes.PLAN_ROW_ENDS_BEFORE_START))
                .expectNoEvents();
    }

    @Test
    void anIndicatorAndItsDetailsAreAddedTogether() {
        GoalId annual = ProjectSample.goalId(TargetTerm.ANNUAL);
        IndicatorId added = IndicatorId.of("new");
        TargetValue target = TargetValue.parse("≥4次");
        fixture.given(ProjectSample.events())
                .when(new AddProjectIndicatorCommand(ID, annual, added, Level1.OUTPUT, Level2.QUANTITY, "培训次数",
                        target, true, null, "3次", null), asFiler())
                .expectEvents(new IndicatorAddedEvent(ID, annual, added, Level1.OUTPUT, Level2.QUANTITY, "培训次数", target),
                        new IndicatorDetailsSetEvent(ID, annual, added, true, null, "3次"))
                .expectResultMessagePayload((long) ProjectSample.events().size() + 2);
    }

    @Test
    void anIndicatorUnderTheWrongLevelIsRefusedWithNothingAppended() {
        fixture.given(ProjectSample.events())
                .when(new AddProjectIndicatorCommand(ID, ProjectSample.goalId(TargetTerm.ANNUAL), IndicatorId.of("x"),
                        Level1.OUTPUT, Level2.COST, "成本", TargetValue.parse("≤1万元"), false, null, "", null), asFiler())
                .expectException(Rejected.as(Reason.INVALID, "INVALID", RuleCodes.LEVEL_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void aProjectFormHasOneTargetOfEachTerm() {
        fixture.given(ProjectSample.events())
                .when(new AddProjectTargetCommand(ID, GoalId.of("g3"), TargetTerm.ANNUAL, "又一个年度目标", null), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.TARGET_EXISTS));
    }

    @Test
    void aProjectFormTakesTargetsNotNumberedGoals() {
        fixture.given(ProjectSample.events())
                .when(new AddGoalCommand(ID, GoalId.of("g3"), "目标", null), asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.WRONG_KIND));
    }

    @Test
    void projectCommandsDoNotReachADepartmentForm() {
        fixture.given(Given.draft())
                .when(new UpdateProjectFundsCommand(Given.ID, ProjectSample.FUNDS, null), Given.asFiler())
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.WRONG_KIND));
    }

    // ---- reviews

    @Test
    void aSubmittedProjectGoesToTheCompetentDepartmentFirst() {
        fixture.given(ProjectSample.events())
                .when(submit(), asFiler())
                .expectEvents(new DeclarationSubmittedEvent(ID, 1, List.of(), FILER),
                        new CompetentReviewRequestedEvent(ID, null));
    }

    @Test
    void theBusinessSectionWaitsForTheCompetentDepartment() {
        fixture.given(submitted())
                .when(new ReviewAsBusinessSectionCommand(ID, ReviewDecision.PASS, "同意", BUSINESS, null),
                        as(BUSINESS, null, Role.BUSINESS_REVIEWER))
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.WRONG_STATUS).saying("待主管部门审核"));
    }

    @Test
    void theCompetentDepartmentPassesThenBothSectionsReviewToApproval() {
        fixture.given(submitted())
                .when(competentReview(ReviewDecision.PASS, "同意上报"), asCompetent(null))
                .expectEvents(new CompetentReviewPassedEvent(ID, "同意上报", COMPETENT));
        List<DeclarationEvent> passed = Given.plus(submitted(), new CompetentReviewPassedEvent(ID, "同意上报", COMPETENT));
        fixture.given(passed)
                .when(new ReviewAsBusinessSectionCommand(ID, ReviewDecision.PASS, "同意", BUSINESS, null),
                        as(BUSINESS, null, Role.BUSINESS_REVIEWER))
                .expectEvents(new BusinessReviewPassedEvent(ID, "同意", BUSINESS));
        fixture.given(Given.plus(passed, new BusinessReviewPassedEvent(ID, "同意", BUSINESS)))
                .when(new ApproveDeclarationCommand(ID, "同意批复", PERFORMANCE, null),
                        as(PERFORMANCE, null, Role.PERFORMANCE_REVIEWER))
                .expectEvents(new DeclarationApprovedEvent(ID, "同意批复", PERFORMANCE));
    }

    @Test
    void theCompetentDepartmentReturnsWithAnOpinion() {
        fixture.given(submitted())
                .when(competentReview(ReviewDecision.RETURN, "请补充实施计划"), asCompetent(null))
                .expectEvents(new DeclarationReturnedEvent(ID, ReviewStage.COMPETENT, "请补充实施计划", COMPETENT));
        fixture.given(submitted())
                .when(competentReview(ReviewDecision.RETURN, " "), asCompetent(null))
                .expectException(Rejected.as(Reason.INVALID, LifecycleCodes.OPINION_REQUIRED));
    }

    @Test
    void onlyTheUnitsOwnCompetentDepartmentReviews() {
        register = RegisterState.EMPTY.apply(new UnitRegisteredEvent(RegisterId.OF_TENANT, UnitCode.of(UNIT_CODE),
                ProjectSample.UNIT_NAME, UnitKind.UNIT, UnitCode.of(DEPARTMENT), SectionId.of("civil")));
        fixture.given(submitted())
                .when(competentReview(ReviewDecision.PASS, ""), asCompetent("430412999"))
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.OTHER_DEPARTMENT));
        fixture.given(submitted())
                .when(competentReview(ReviewDecision.PASS, ""), asCompetent(DEPARTMENT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aTenantThatSkipsTheCompetentStageSendsProjectsToTheBusinessSection() {
        register = RegisterState.EMPTY.apply(new CompetentReviewSetEvent(RegisterId.OF_TENANT, false));
        fixture.given(ProjectSample.events())
                .when(submit(), asFiler())
                .expectEvents(new DeclarationSubmittedEvent(ID, 1, List.of(), FILER));
        fixture.given(Given.plus(ProjectSample.events(), new DeclarationSubmittedEvent(ID, 1, List.of(), FILER)))
                .when(competentReview(ReviewDecision.PASS, ""), asCompetent(null))
                .expectException(Rejected.as(Reason.CONFLICT, LifecycleCodes.WRONG_STATUS));
    }

    @Test
    void aCompetentReviewNeedsTheRole() {
        fixture.given(submitted())
                .when(competentReview(ReviewDecision.PASS, ""), as(BUSINESS, null, Role.BUSINESS_REVIEWER))
                .expectException(Rejected.as(Reason.FORBIDDEN, LifecycleCodes.ROLE_REQUIRED));
    }

    // ---- helpers

    private static List<DeclarationEvent> submitted() {
        return Given.plus(ProjectSample.events(), new DeclarationSubmittedEvent(ID, 1, List.of(), FILER),
                new CompetentReviewRequestedEvent(ID, null));
    }

    private static ProjectInfo info(String code, String start, String end) {
        ProjectInfo i = ProjectSample.INFO;
        return new ProjectInfo(i.name(), code, i.attribute(), i.competentDepartment(), i.implementingUnit(),
                i.responsible(), start, end);
    }

    private static CreateProjectDeclarationCommand create(ProjectInfo info) {
        return new CreateProjectDeclarationCommand(DeclarationId.forProject(UNIT_CODE, info.code(), 2021), 2021,
                Edition.E2021, unit(), info, "尹晖", FILER);
    }

    private static Unit unit() {
        return new Unit(UNIT_CODE, ProjectSample.UNIT_NAME);
    }

    private static SubmitDeclarationCommand submit() {
        return new SubmitDeclarationCommand(ID, FILER, null);
    }

    private static ReviewAsCompetentDepartmentCommand competentReview(ReviewDecision decision, String opinion) {
        return new ReviewAsCompetentDepartmentCommand(ID, decision, opinion, COMPETENT, null);
    }

    private static MetaData asFiler() {
        return as(FILER, UNIT_CODE, Role.FILER);
    }

    private static MetaData asCompetent(String department) {
        return as(COMPETENT, department, Role.COMPETENT_REVIEWER);
    }

    private static MetaData as(PersonRef person, String unit, Role... roles) {
        return Given.as(person, unit, roles);
    }
}
