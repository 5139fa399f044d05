package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.jixiao.kernel.declaration.ProjectSample.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProjectFormTest {

    private static final Instant AT = Instant.parse("2021-03-01T08:00:00Z");
    private static final PersonRef COMPETENT = new PersonRef("u-gov", "张主管");
    private static final PersonRef BUSINESS = new PersonRef("u-li", "李业务");
    private static final PersonRef PERFORMANCE = new PersonRef("u-wang", "王绩效");

    @Test
    void aProjectFormFoldsItsSectionsAndSharesTheIndicatorTreeWithTheDepartmentForm() {
        DeclarationForm form = ProjectSample.form();

        assertThat(form.kind()).isEqualTo(DeclarationKind.PROJECT);
        assertThat(form.project().info()).isEqualTo(ProjectSample.INFO);
        assertThat(form.project().funds()).isEqualTo(ProjectSample.FUNDS);
        assertThat(form.project().rationale().plan()).hasSize(3);
        assertThat(form.goals()).extracting(Goal::description)
                .containsExactly(ProjectSample.MEDIUM_TERM_TEXT, ProjectSample.ANNUAL_TEXT);
        assertThat(form.project().goalOf(TargetTerm.ANNUAL)).contains(ProjectSample.goalId(TargetTerm.ANNUAL));
        assertThat(form.indicatorCount()).isEqualTo(ProjectSample.INDICATORS.size());
        assertThat(form.project().detailsOf(ProjectSample.indicatorId(0)))
                .isEqualTo(new IndicatorDetails(ProjectSample.indicatorId(0), true, ValueBasis.PLAN, ""));
    }

    @Test
    void aDepartmentFormHasNoProjectPartEvenWhenAProjectEventReachesIt() {
        DeclarationForm form = DeclarationForm.replay(List.of(SeedForm.events().get(0),
                new ProjectFundsUpdatedEvent(SeedForm.ID, ProjectSample.FUNDS)));

        assertThat(form.project()).isNull();
        assertThat(form.hasProjectPart()).isFalse();
    }

    @Test
    void removingAnIndicatorOrATargetDropsItsDetailsAndItsTerm() {
        GoalId annual = ProjectSample.goalId(TargetTerm.ANNUAL);
        IndicatorId first = ProjectSample.indicatorId(0);
        DeclarationForm form = ProjectSample.form()
                .apply(new IndicatorRemovedEvent(ID, ProjectSample.goalId(TargetTerm.MEDIUM_TERM), first))
                .apply(new GoalRemovedEvent(ID, annual));

        assertThat(form.project().details()).extracting(IndicatorDetails::indicatorId).doesNotContain(first);
        assertThat(form.project().goalOf(TargetTerm.ANNUAL)).isEmpty();
        assertThat(form.project().details()).hasSize(7);
    }

    @Test
    void theCompetentDepartmentReviewsFirstWhenTheSubmissionAsksForIt() {
        DeclarationState submitted = submitted(true);
        assertThat(submitted.life().awaiting()).contains(ReviewStage.COMPETENT);

        DeclarationState approved = submitted
                .apply(new CompetentReviewPassedEvent(ID, "同意上报", COMPETENT), AT)
                .apply(new BusinessReviewPassedEvent(ID, "同意", BUSINESS), AT)
                .apply(new DeclarationApprovedEvent(ID, "同意批复", PERFORMANCE), AT);

        assertThat(approved.status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(approved.life().reviews()).extracting(Review::stage, Review::decision).containsExactly(
                tuple(ReviewStage.COMPETENT, ReviewDecision.PASS), tuple(ReviewStage.BUSINESS, ReviewDecision.PASS),
                tuple(ReviewStage.PERFORMANCE, ReviewDecision.APPROVE));
        assertThat(approved.life().approvedTargets().approvedTarget("居家养老服务人次"))
                .contains(TargetValue.parse("≥1200人次"));
    }

    @Test
    void aftertheCompetentDepartmentTheBusinessSectionIsAwaited() {
        DeclarationState passed = submitted(true).apply(new CompetentReviewPassedEvent(ID, "", COMPETENT), AT);

        assertThat(passed.status()).isEqualTo(DeclarationStatus.COMPETENT_REVIEWED);
        assertThat(passed.life().awaiting()).contains(ReviewStage.BUSINESS);
    }

    @Test
    void withoutTheCompetentStageTheBusinessSectionReviewsFirst() {
        assertThat(submitted(false).life().awaiting()).contains(ReviewStage.BUSINESS);
    }

    @Test
    void aResubmissionAfterAReturnByTheCompetentDepartmentAsksAgain() {
        DeclarationState returned = submitted(true)
                .apply(new DeclarationReturnedEvent(ID, ReviewStage.COMPETENT, "请补充实施计划", COMPETENT), AT);
        assertThat(returned.status()).isEqualTo(DeclarationStatus.RETURNED);
        assertThat(returned.life().awaiting()).isEmpty();

        DeclarationState again = returned.apply(new DeclarationSubmittedEvent(ID, 2, List.of(), ProjectSample.FILER), AT);
        assertThat(again.life().awaiting()).contains(ReviewStage.BUSINESS);
    }

    @Test
    void lastYearsTargetsOfAProjectAreItsAnnualOnesFirst() {
        DeclarationForm form = ProjectSample.form()
                .apply(new IndicatorAddedEvent(ID, ProjectSample.goalId(TargetTerm.MEDIUM_TERM), IndicatorId.of("dup"),
                        Level1.SATISFACTION, Level2.SATISFACTION, "服务对象满意度", TargetValue.parse("≥80%")));

        assertThat(PreviousTargets.of(form).approvedTarget("服务对象满意度")).contains(TargetValue.parse("≥90%"));
    }

    private static DeclarationState submitted(boolean competentStage) {
        DeclarationState state = null;
        for (DeclarationEvent event : ProjectSample.events()) {
            state = DeclarationState.fold(state, event, AT);
        }
        state = state.apply(new DeclarationSubmittedEvent(ID, 1, List.of(), ProjectSample.FILER), AT);
        return competentStage ? state.apply(new CompetentReviewRequestedEvent(ID, "430412000"), AT) : state;
    }
}
