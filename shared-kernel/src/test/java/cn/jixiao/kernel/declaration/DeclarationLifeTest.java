package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.jixiao.kernel.declaration.SeedForm.ID;
import static cn.jixiao.kernel.declaration.SeedForm.goalId;
import static cn.jixiao.kernel.declaration.SeedForm.indicatorId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DeclarationLifeTest {

    private static final Instant AT = Instant.parse("2020-03-01T08:00:00Z");
    private static final PersonRef BUSINESS = new PersonRef("u-li", "李业务");
    private static final PersonRef PERFORMANCE = new PersonRef("u-wang", "王绩效");
    private static final String FIRST_NAME = SeedForm.INDICATORS.get(0).name();

    @Test
    void aCreatedDeclarationIsADraftNeverSubmitted() {
        DeclarationState state = seeded();

        assertThat(state.status()).isEqualTo(DeclarationStatus.DRAFT);
        assertThat(state.life().revision()).isZero();
        assertThat(state.life().filer()).isEqualTo(SeedForm.FILER);
        assertThat(state.life().everApproved()).isFalse();
        assertThat(state.version()).isEqualTo(SeedForm.events().size());
    }

    @Test
    void walksThroughBothReviewStagesToApproval() {
        DeclarationState state = approved(seeded());

        assertThat(state.status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(state.life().revision()).isEqualTo(1);
        assertThat(state.life().submitter()).isEqualTo(SeedForm.FILER);
        assertThat(state.life().businessReviewer()).isEqualTo(BUSINESS);
        assertThat(state.life().reviews()).extracting(Review::stage, Review::decision, Review::reviewer).containsExactly(
                tuple(ReviewStage.BUSINESS, ReviewDecision.PASS, BUSINESS),
                tuple(ReviewStage.PERFORMANCE, ReviewDecision.APPROVE, PERFORMANCE));
        assertThat(state.life().reviews()).extracting(Review::at).containsOnly(AT);
        assertThat(state.life().lastApproved()).contains(state.form());
    }

    @Test
    void aReturnForgetsNothingButTheNextSubmissionStartsAFreshBusinessReview() {
        DeclarationState state = seeded()
                .apply(new DeclarationSubmittedEvent(ID, 1, List.of(), SeedForm.FILER), AT)
                .apply(new BusinessReviewPassedEvent(ID, "同意", BUSINESS), AT)
                .apply(new DeclarationReturnedEvent(ID, ReviewStage.PERFORMANCE, "请补充", PERFORMANCE), AT);

        assertThat(state.status()).isEqualTo(DeclarationStatus.RETURNED);
        assertThat(state.life().reviews()).hasSize(2);

        DeclarationState resubmitted = state.apply(new DeclarationSubmittedEvent(ID, 2, List.of(), SeedForm.FILER), AT);
        assertThat(resubmitted.life().revision()).isEqualTo(2);
        assertThat(resubmitted.life().businessReviewer()).isNull();
    }

    @Test
    void theApprovedTargetsStayInForceWhileAnAdjustmentIsEditedSubmittedAndReviewed() {
        DeclarationState approved = approved(seeded());
        TargetValue approvedTarget = approved.form().indicator(goalId(1), indicatorId(1, 1)).orElseThrow().target();

        DeclarationState adjusting = approved
                .apply(new AdjustmentStartedEvent(ID, "预算调整", SeedForm.FILER), AT)
                .apply(new IndicatorRevisedEvent(ID, goalId(1), indicatorId(1, 1), Level1.OUTPUT, Level2.QUANTITY,
                        FIRST_NAME, TargetValue.parse("=1亩")), AT);
        assertThat(adjusting.life().approvedTargets().approvedTarget(FIRST_NAME)).contains(approvedTarget);

        DeclarationState resubmitted = adjusting.apply(new DeclarationSubmittedEvent(ID, 2, List.of(), SeedForm.FILER), AT);
        assertThat(resubmitted.status()).isEqualTo(DeclarationStatus.SUBMITTED);
        assertThat(resubmitted.life().approvedTargets().approvedTarget(FIRST_NAME)).contains(approvedTarget);

        DeclarationState reapproved = passedAndApproved(resubmitted
                .apply(new DeclarationReturnedEvent(ID, ReviewStage.BUSINESS, "再改", BUSINESS), AT)
                .apply(new DeclarationSubmittedEvent(ID, 3, List.of(), SeedForm.FILER), AT));
        assertThat(reapproved.life().approvedTargets().approvedTarget(FIRST_NAME)).contains(TargetValue.parse("=1亩"));
    }

    @Test
    void aFormApprovedOnPaperIsTheYardstickWithoutAnyReview() {
        DeclarationState state = seeded().apply(new ApprovedOnPaperRecordedEvent(ID, "2019年纸质批复", BUSINESS, AT), AT);

        assertThat(state.status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(state.life().reviews()).isEmpty();
        assertThat(state.life().approvedTargets().approvedTarget(FIRST_NAME)).isPresent();
    }

    @Test
    void lastYearsTargetsAreMatchedByNameWhateverTheSurroundingBlanks() {
        DeclarationState state = approved(seeded());

        assertThat(state.life().approvedTargets().approvedTarget("  " + FIRST_NAME + " ")).isPresent();
        assertThat(state.life().approvedTargets().approvedTarget("不存在的指标")).isEmpty();
    }

    @Test
    void theStatusMachineKnowsWhereEveryKindOfEventLeadsAndFormEditsChangeNoStatus() {
        SampleEvents.everyKind().forEach(event -> assertThat(DeclarationLife.statusAfter(DeclarationStatus.RETURNED, event))
                .as(event.getClass().getSimpleName()).isNotNull());
        assertThat(DeclarationLife.statusAfter(DeclarationStatus.RETURNED, new NotesUpdatedEvent(ID, "x")))
                .isEqualTo(DeclarationStatus.RETURNED);
        assertThat(DeclarationLife.statusAfter(DeclarationStatus.BUSINESS_REVIEWED,
                new DeclarationApprovedEvent(ID, "批复", PERFORMANCE))).isEqualTo(DeclarationStatus.APPROVED);
    }

    @Test
    void anApprovalIsEitherTheSystemsOrOneRecordedOnPaper() {
        assertThat(DeclarationLife.isApproval(new DeclarationApprovedEvent(ID, "批复", PERFORMANCE))).isTrue();
        assertThat(DeclarationLife.isApproval(new ApprovedOnPaperRecordedEvent(ID, "纸质", BUSINESS, AT))).isTrue();
        assertThat(DeclarationLife.isApproval(new BusinessReviewPassedEvent(ID, "同意", BUSINESS))).isFalse();
    }

    @Test
    void foldsEveryKindOfDeclarationEvent() {
        DeclarationState seed = seeded();
        SampleEvents.everyKind().forEach(event ->
                assertThat(seed.apply(event, AT)).as(event.getClass().getSimpleName()).isNotNull());
    }

    private static DeclarationState seeded() {
        List<DeclarationEvent> events = SeedForm.events();
        DeclarationState state = DeclarationState.created((DeclarationCreatedEvent) events.get(0));
        for (DeclarationEvent event : events.subList(1, events.size())) {
            state = state.apply(event, AT);
        }
        return state;
    }

    private static DeclarationState approved(DeclarationState draft) {
        return passedAndApproved(draft.apply(new DeclarationSubmittedEvent(ID, draft.life().revision() + 1, List.of(),
                SeedForm.FILER), AT));
    }

    private static DeclarationState passedAndApproved(DeclarationState submitted) {
        return submitted.apply(new BusinessReviewPassedEvent(ID, "同意", BUSINESS), AT)
                .apply(new DeclarationApprovedEvent(ID, "批复", PERFORMANCE), AT);
    }
}
