package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a declaration stands, as its events have made it: status, the last closed revision, who filed and who
 * submitted it, who passed the business review of the revision under review, the reviews in the order they
 * happened, and the form as it stood at its last approval. The one fold of the life cycle: the aggregate decides
 * on it and every reader shows it, so "is this approved?" has one answer.
 * <p>
 * Java 17 has no pattern switch, so {@link #apply} is an instanceof chain over the sealed {@link DeclarationEvent};
 * a test applies every permitted subclass, so an event without a branch fails the build.
 *
 * @param approvedForm the form last approved (in the system or on paper); it stays in force while an adjustment
 *                     is being edited, submitted or reviewed, until the adjustment is approved in turn
 * @param competentStage whether the revision under review goes to the competent department (主管部门) first: set
 *                     by {@link CompetentReviewRequestedEvent} right after its submission, cleared by the next one
 */
public record DeclarationLife(DeclarationStatus status, int revision, PersonRef filer, PersonRef submitter,
                              PersonRef businessReviewer, List<Review> reviews, DeclarationForm approvedForm,
                              boolean competentStage) {

    public DeclarationLife {
        reviews = List.copyOf(reviews);
    }

    public static DeclarationLife created(DeclarationCreatedEvent event) {
        return new DeclarationLife(DeclarationStatus.DRAFT, 0, event.filer(), null, null, List.of(), null, false);
    }

    /**
     * The status machine of domain.md, in one place: where {@code event} takes a declaration that is {@code current}.
     * Form edits leave the status as it is. Readers that keep only a status (lists, dashboards) use this rather
     * than deciding again what each event means.
     */
    public static DeclarationStatus statusAfter(DeclarationStatus current, DeclarationEvent event) {
        if (event instanceof DeclarationCreatedEvent) {
            return DeclarationStatus.DRAFT;
        } else if (event instanceof DeclarationSubmittedEvent) {
            return DeclarationStatus.SUBMITTED;
        } else if (event instanceof CompetentReviewPassedEvent) {
            return DeclarationStatus.COMPETENT_REVIEWED;
        } else if (event instanceof BusinessReviewPassedEvent) {
            return DeclarationStatus.BUSINESS_REVIEWED;
        } else if (event instanceof DeclarationReturnedEvent) {
            return DeclarationStatus.RETURNED;
        } else if (isApproval(event)) {
            return DeclarationStatus.APPROVED;
        } else if (event instanceof AdjustmentStartedEvent) {
            return DeclarationStatus.ADJUSTING;
        } else if (isFormEdit(event) || event instanceof CompetentReviewRequestedEvent) {
            return current;
        }
        throw new IllegalStateException("DeclarationLife does not fold " + event.getClass().getSimpleName());
    }

    /** Whether {@code event} approves the form as it stands: in the system, or recorded as approved on paper. */
    public static boolean isApproval(DeclarationEvent event) {
        return event instanceof DeclarationApprovedEvent || event instanceof ApprovedOnPaperRecordedEvent;
    }

    /**
     * The life after {@code event}, given the form after it (the last approved form is kept from it) and the
     * moment the event happened (reviews carry it).
     */
    public DeclarationLife apply(DeclarationEvent event, DeclarationForm formAfter, Instant at) {
        if (event instanceof DeclarationCreatedEvent e) {
            return created(e);
        } else if (event instanceof DeclarationSubmittedEvent e) {
            return new DeclarationLife(statusAfter(status, e), revisionAfter(revision, e), filer, e.filer(), null, reviews,
                    approvedForm, false);
        } else if (event instanceof CompetentReviewRequestedEvent) {
            return new DeclarationLife(status, revision, filer, submitter, businessReviewer, reviews, approvedForm, true);
        } else if (event instanceof CompetentReviewPassedEvent e) {
            return reviewed(e, null, at, approvedForm);
        } else if (event instanceof BusinessReviewPassedEvent e) {
            return reviewed(e, e.reviewer(), at, approvedForm);
        } else if (event instanceof DeclarationReturnedEvent e) {
            return reviewed(e, businessReviewer, at, approvedForm);
        } else if (event instanceof DeclarationApprovedEvent e) {
            return reviewed(e, businessReviewer, at, formAfter);
        } else if (event instanceof ApprovedOnPaperRecordedEvent e) {
            // The paper form carries the opinions; nobody reviewed it in the system.
            return new DeclarationLife(statusAfter(status, e), revision, filer, submitter, businessReviewer, reviews,
                    formAfter, false);
        } else if (event instanceof AdjustmentStartedEvent e) {
            return new DeclarationLife(statusAfter(status, e), revision, filer, submitter, null, reviews,
                    approvedForm, false);
        } else if (isFormEdit(event)) {
            return this;
        }
        throw new IllegalStateException("DeclarationLife does not fold " + event.getClass().getSimpleName());
    }

    private DeclarationLife reviewed(DeclarationEvent review, PersonRef passedBy, Instant at, DeclarationForm approved) {
        List<Review> list = new ArrayList<>(reviews);
        Review.recordedBy(review, at).ifPresent(list::add);
        return new DeclarationLife(statusAfter(status, review), revision, filer, submitter, passedBy, list, approved,
                competentStage);
    }

    /**
     * The stage whose decision the declaration waits for, the one place that says so: a submission goes to the
     * competent department first when it was asked to ({@link #competentStage}), else to the business section;
     * after the competent department the business section; after it the performance section. Empty when no
     * review is pending.
     */
    public Optional<ReviewStage> awaiting() {
        return switch (status) {
            case SUBMITTED -> Optional.of(competentStage ? ReviewStage.COMPETENT : ReviewStage.BUSINESS);
            case COMPETENT_REVIEWED -> Optional.of(ReviewStage.BUSINESS);
            case BUSINESS_REVIEWED -> Optional.of(ReviewStage.PERFORMANCE);
            default -> Optional.empty();
        };
    }

    /** The last closed revision after {@code event}: each submission closes the next one. */
    public static int revisionAfter(int revision, DeclarationEvent event) {
        return event instanceof DeclarationSubmittedEvent submitted ? submitted.revision() : revision;
    }

    private static boolean isFormEdit(DeclarationEvent event) {
        return event instanceof BasicInfoUpdatedEvent || event instanceof FunctionsUpdatedEvent
                || event instanceof BudgetUpdatedEvent || event instanceof OverallGoalUpdatedEvent
                || event instanceof NotesUpdatedEvent || event instanceof GoalAddedEvent
                || event instanceof GoalRevisedEvent || event instanceof GoalRemovedEvent
                || event instanceof IndicatorAddedEvent || event instanceof IndicatorRevisedEvent
                || event instanceof IndicatorRemovedEvent || event instanceof ProjectInfoUpdatedEvent
                || event instanceof ProjectFundsUpdatedEvent || event instanceof ProjectRationaleUpdatedEvent
                || event instanceof ProjectTargetAddedEvent || event instanceof IndicatorDetailsSetEvent;
    }

    /** Whether a form has ever been approved: the yardstick exists from then on. */
    public boolean everApproved() {
        return approvedForm != null;
    }

    /** The targets in force: those of the last approved form, matched by indicator name; none before approval. */
    public PreviousTargets approvedTargets() {
        return approvedForm == null ? PreviousTargets.NONE : PreviousTargets.of(approvedForm);
    }

    public Optional<DeclarationForm> lastApproved() {
        return Optional.ofNullable(approvedForm);
    }
}
