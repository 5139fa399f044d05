package cn.jixiao.command.monitoring;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.BasicInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.DeclarationState;
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
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.monitoring.AdjustmentRequestedEvent;
import cn.jixiao.kernel.monitoring.BudgetExecutionReportedEvent;
import cn.jixiao.kernel.monitoring.CreateMonitoringFormCommand;
import cn.jixiao.kernel.monitoring.DeviationCause;
import cn.jixiao.kernel.monitoring.IndicatorProgressReportedEvent;
import cn.jixiao.kernel.monitoring.LightThresholds;
import cn.jixiao.kernel.monitoring.MonitoringCodes;
import cn.jixiao.kernel.monitoring.MonitoringDecision;
import cn.jixiao.kernel.monitoring.MonitoringFormAcceptedEvent;
import cn.jixiao.kernel.monitoring.MonitoringFormCreatedEvent;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringFormReturnedEvent;
import cn.jixiao.kernel.monitoring.MonitoringFormSubmittedEvent;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.kernel.monitoring.Outlook;
import cn.jixiao.kernel.monitoring.PlannedIndicator;
import cn.jixiao.kernel.monitoring.RecordAdjustmentRequestCommand;
import cn.jixiao.kernel.monitoring.ReportBudgetExecutionCommand;
import cn.jixiao.kernel.monitoring.ReportIndicatorProgressCommand;
import cn.jixiao.kernel.monitoring.ReviewMonitoringFormCommand;
import cn.jixiao.kernel.monitoring.SubmitMonitoringFormCommand;
import cn.jixiao.kernel.tenant.TenantId;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

class MonitoringTest {

    static final String UNIT = "430412001";
    static final int YEAR = 2020;
    static final DeclarationId DECLARATION = DeclarationId.forUnit(UNIT, YEAR, DeclarationKind.DEPARTMENT);
    static final MonitoringRoundId ROUND = MonitoringRoundId.forRound(YEAR, 1);
    static final MonitoringFormId FORM = MonitoringFormId.of(ROUND, DECLARATION);
    static final LocalDate CUT_OFF = LocalDate.of(YEAR, 7, 31);
    static final GoalId GOAL = GoalId.of("goal-1");
    static final IndicatorId AREA = IndicatorId.of("ind-area");
    static final PersonRef FILER = new PersonRef("u-kuang", "旷文倩");
    static final PersonRef BUSINESS = new PersonRef("u-li", "李业务");
    static final PersonRef PERFORMANCE = new PersonRef("u-wang", "王绩效");

    private FixtureConfiguration<Monitoring> fixture;
    private DeclarationState declaration;

    @BeforeEach
    void setUp() {
        declaration = approvedDeclaration();
        fixture = new AggregateTestFixture<>(Monitoring.class);
        fixture.registerInjectableResource(new ApprovedDeclarations() {
            @Override
            public Optional<DeclarationState> approved(DeclarationId id) {
                return Optional.ofNullable(declaration).filter(state -> state.form().id().equals(id))
                        .filter(state -> state.life().everApproved());
            }

            @Override
            public List<DeclarationId> ofYear(int year) {
                return List.of(DECLARATION);
            }
        });
    }

    @Test
    void aFormIsBuiltFromTheApprovedRevisionWithItsIndicatorIdsKept() {
        fixture.givenNoPriorActivity()
                .when(create(), asPerformanceReviewer())
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void cannotBuildAFormForADeclarationNotYetApproved() {
        declaration = null;
        fixture.givenNoPriorActivity()
                .when(create(), asPerformanceReviewer())
                .expectException(rejected(MonitoringCodes.NO_APPROVED_DECLARATION));
    }

    @Test
    void theFilerReportsALaggingIndicatorWithItsCauseAndAction() {
        fixture.given(created())
                .when(new ReportIndicatorProgressCommand(FORM, AREA, TargetValue.parse("1亩"), TargetValue.parse("5亩"),
                        Outlook.LIKELY, DeviationCause.FUNDING, "征地补偿资金未到位", "协调资金，四季度完成", FILER, null), asFiler())
                .expectEvents(lagging())
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotReportTextAgainstANumericTarget() {
        fixture.given(created())
                .when(new ReportIndicatorProgressCommand(FORM, AREA, TargetValue.parse("进展顺利"), null,
                        Outlook.LIKELY, null, "", "", FILER, null), asFiler())
                .expectNoEvents()
                .expectException(rejected(DeclarationRejectedException.INVALID_CODE, MonitoringCodes.PROGRESS_KIND_MISMATCH));
    }

    @Test
    void cannotReportOnAnotherUnitsForm() {
        fixture.given(created())
                .when(new ReportBudgetExecutionCommand(FORM, Amount.of("300"), "", FILER, null),
                        as(FILER, "430412100", Role.FILER))
                .expectNoEvents()
                .expectException(rejected(MonitoringCodes.OTHER_UNIT));
    }

    @Test
    void cannotSubmitARedIndicatorWithoutCauseAndAction() {
        fixture.given(created(), new IndicatorProgressReportedEvent(FORM, AREA, TargetValue.parse("1亩"), null,
                        Outlook.LIKELY, null, "", "", FILER), spent())
                .when(new SubmitMonitoringFormCommand(FORM, FILER, null), asFiler())
                .expectNoEvents()
                .expectException(rejected(MonitoringCodes.SUBMISSION_BLOCKED, MonitoringCodes.RED_NEEDS_CAUSE,
                        MonitoringCodes.RED_NEEDS_ACTION));
    }

    @Test
    void aCompleteFormIsSubmitted() {
        fixture.given(created(), lagging(), spent())
                .when(new SubmitMonitoringFormCommand(FORM, FILER, null), asFiler())
                .expectEvents(new MonitoringFormSubmittedEvent(FORM, FILER));
    }

    @Test
    void thePerformanceSectionReturnsWithAnOpinion() {
        fixture.given(created(), lagging(), spent(), new MonitoringFormSubmittedEvent(FORM, FILER))
                .when(new ReviewMonitoringFormCommand(FORM, MonitoringDecision.RETURN, "原因说明不充分", PERFORMANCE, null),
                        asPerformanceReviewer())
                .expectEvents(new MonitoringFormReturnedEvent(FORM, "原因说明不充分", PERFORMANCE));
    }

    @Test
    void cannotReturnWithoutAnOpinion() {
        fixture.given(created(), lagging(), spent(), new MonitoringFormSubmittedEvent(FORM, FILER))
                .when(new ReviewMonitoringFormCommand(FORM, MonitoringDecision.RETURN, " ", PERFORMANCE, null),
                        asPerformanceReviewer())
                .expectNoEvents()
                .expectException(rejected(MonitoringCodes.OPINION_REQUIRED));
    }

    @Test
    void anAcceptedFormIsFinalForTheRound() {
        fixture.given(created(), lagging(), spent(), new MonitoringFormSubmittedEvent(FORM, FILER),
                        new MonitoringFormAcceptedEvent(FORM, "同意", PERFORMANCE))
                .when(new ReportBudgetExecutionCommand(FORM, Amount.of("350"), "", FILER, null), asFiler())
                .expectNoEvents()
                .expectException(rejected(MonitoringCodes.NOT_EDITABLE));
    }

    @Test
    void cannotReviewAFormOneSubmittedOneself() {
        PersonRef both = new PersonRef(FILER.id(), FILER.name());
        fixture.given(created(), lagging(), spent(), new MonitoringFormSubmittedEvent(FORM, FILER))
                .when(new ReviewMonitoringFormCommand(FORM, MonitoringDecision.ACCEPT, "同意", both, null),
                        as(both, UNIT, Role.FILER, Role.PERFORMANCE_REVIEWER))
                .expectNoEvents()
                .expectException(rejected(MonitoringCodes.OWN_FILING));
    }

    @Test
    void onlyTheFilerMaySubmit() {
        fixture.given(created(), lagging(), spent())
                .when(new SubmitMonitoringFormCommand(FORM, PERFORMANCE, null), asPerformanceReviewer())
                .expectNoEvents()
                .expectException(rejected(MonitoringCodes.ROLE_REQUIRED));
    }

    @Test
    void aRedLightMayLeadToAnAdjustment() {
        fixture.given(created(), lagging())
                .when(new RecordAdjustmentRequestCommand(FORM, "征地延期，调减出让面积", FILER), asFiler())
                .expectEvents(new AdjustmentRequestedEvent(FORM, DECLARATION, "征地延期，调减出让面积", FILER));
    }

    @Test
    void cannotStartAnAdjustmentFromAFormWithoutARedLight() {
        fixture.given(created())
                .when(new RecordAdjustmentRequestCommand(FORM, "调整", FILER), asFiler())
                .expectNoEvents()
                .expectException(rejected(MonitoringCodes.NO_RED_LIGHT));
    }

    // ---- given

    static CreateMonitoringFormCommand create() {
        return new CreateMonitoringFormCommand(FORM, ROUND, DECLARATION, YEAR, 1, CUT_OFF, null);
    }

    static MonitoringFormCreatedEvent created() {
        return new MonitoringFormCreatedEvent(FORM, ROUND, DECLARATION, YEAR, 1, CUT_OFF, LightThresholds.DEFAULT,
                new Unit(UNIT, "衡阳市南岳区祝融街道办事处"), 8, List.of(new PlannedIndicator(GOAL, "城中村改造", AREA,
                Level1.OUTPUT, Level2.QUANTITY, "土地出让面积", TargetValue.parse("=8.73亩"))), Amount.of("649.4"));
    }

    static IndicatorProgressReportedEvent lagging() {
        return new IndicatorProgressReportedEvent(FORM, AREA, TargetValue.parse("1亩"), TargetValue.parse("5亩"),
                Outlook.LIKELY, DeviationCause.FUNDING, "征地补偿资金未到位", "协调资金，四季度完成", FILER);
    }

    static BudgetExecutionReportedEvent spent() {
        return new BudgetExecutionReportedEvent(FORM, Amount.of("380"), "", FILER);
    }

    static DeclarationState approvedDeclaration() {
        Instant at = Instant.parse("2020-02-01T08:00:00Z");
        List<DeclarationEvent> events = List.of(
                new BasicInfoUpdatedEvent(DECLARATION, "南岳区祝融街道办事处", "尹晖", new Contact("旷文倩", "18216015913"),
                        new Staffing(23, 20)),
                new BudgetUpdatedEvent(DECLARATION, new Income(Amount.of("649.4"), Amount.of("649.4"), Amount.ZERO,
                        Amount.ZERO, Amount.ZERO), new Expenditure(Amount.of("649.4"), Amount.of("210.6"),
                        Amount.of("438.8")), ThreePublic.EMPTY),
                new GoalAddedEvent(DECLARATION, GOAL, "城中村改造"),
                new IndicatorAddedEvent(DECLARATION, GOAL, AREA, Level1.OUTPUT, Level2.QUANTITY, "土地出让面积",
                        TargetValue.parse("=8.73亩")),
                new DeclarationSubmittedEvent(DECLARATION, 1, List.of(), FILER),
                new BusinessReviewPassedEvent(DECLARATION, "同意", BUSINESS),
                new DeclarationApprovedEvent(DECLARATION, "同意批复", PERFORMANCE));
        DeclarationState state = DeclarationState.created(new DeclarationCreatedEvent(DECLARATION, YEAR,
                DeclarationKind.DEPARTMENT, Edition.E2020, new Unit(UNIT, "衡阳市南岳区祝融街道办事处"),
                "南岳区祝融街道办事处", "尹晖", FILER));
        for (DeclarationEvent event : events) {
            state = state.apply(event, at);
        }
        return state;
    }

    static MetaData as(PersonRef person, String unit, Role... roles) {
        return MetaData.from(MetadataKeys.forActor(new Actor(person.id(), person.name(), Set.of(roles),
                TenantId.of("nanyue"), unit)));
    }

    static MetaData asFiler() {
        return as(FILER, UNIT, Role.FILER);
    }

    static MetaData asPerformanceReviewer() {
        return as(PERFORMANCE, null, Role.PERFORMANCE_REVIEWER);
    }

    /** A refusal with this code (and these finding codes). */
    static Matcher<DeclarationRejectedException> rejected(String code, String... findings) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DeclarationRejectedException e) {
                return e.code().equals(code) && List.of(findings).stream().allMatch(wanted ->
                        e.findings().stream().map(Finding::code).anyMatch(wanted::equals));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused with " + code + " " + List.of(findings));
            }
        };
    }
}
