package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.AdjustmentStartedEvent;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.query.form.FormView.ReviewView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the view shows beyond {@link cn.jixiao.kernel.declaration.DeclarationForm}: status, the last closed
 * revision, the reviews in the order they happened, and the version (events applied) with the time of the last.
 */
public record Lifecycle(DeclarationStatus status, int revision, List<ReviewView> reviews, long version,
                        Instant updatedAt) {

    public Lifecycle {
        reviews = List.copyOf(reviews);
    }

    static Lifecycle created(Instant at) {
        return new Lifecycle(DeclarationStatus.DRAFT, 0, List.of(), 1, at);
    }

    /** The lifecycle after the event with sequence number {@code sequence}: version becomes sequence + 1. */
    Lifecycle apply(DeclarationEvent event, long sequence, Instant at) {
        Lifecycle next = new Lifecycle(status, revision, reviews, sequence + 1, at);
        if (event instanceof DeclarationSubmittedEvent e) {
            return next.with(DeclarationStatus.SUBMITTED, e.revision());
        } else if (event instanceof BusinessReviewPassedEvent e) {
            return next.with(DeclarationStatus.BUSINESS_REVIEWED, revision)
                    .reviewed(new ReviewView(ReviewStage.BUSINESS, ReviewDecision.PASS, e.opinion(), e.reviewer(), IsoTimes.format(at)));
        } else if (event instanceof DeclarationReturnedEvent e) {
            return next.with(DeclarationStatus.RETURNED, revision)
                    .reviewed(new ReviewView(e.stage(), ReviewDecision.RETURN, e.opinion(), e.reviewer(), IsoTimes.format(at)));
        } else if (event instanceof DeclarationApprovedEvent e) {
            return next.with(DeclarationStatus.APPROVED, revision)
                    .reviewed(new ReviewView(ReviewStage.PERFORMANCE, ReviewDecision.APPROVE, e.opinion(), e.reviewer(), IsoTimes.format(at)));
        } else if (event instanceof ApprovedOnPaperRecordedEvent) {
            // Approved on paper: the paper form carries the opinions; nobody reviewed it in the system.
            return next.with(DeclarationStatus.APPROVED, revision);
        } else if (event instanceof AdjustmentStartedEvent) {
            return next.with(DeclarationStatus.ADJUSTING, revision);
        }
        return next;
    }

    private Lifecycle with(DeclarationStatus newStatus, int newRevision) {
        return new Lifecycle(newStatus, newRevision, reviews, version, updatedAt);
    }

    private Lifecycle reviewed(ReviewView review) {
        List<ReviewView> list = new ArrayList<>(reviews);
        list.add(review);
        return new Lifecycle(status, revision, list, version, updatedAt);
    }
}
