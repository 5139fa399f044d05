package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationLife;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.Review;
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

    /**
     * The lifecycle after the event with sequence number {@code sequence}: version becomes sequence + 1. Status,
     * revision and the review an event records are the kernel's ({@link DeclarationLife}, {@link Review}).
     */
    Lifecycle apply(DeclarationEvent event, long sequence, Instant at) {
        List<ReviewView> next = Review.recordedBy(event, at).map(review -> {
            List<ReviewView> list = new ArrayList<>(reviews);
            list.add(new ReviewView(review.stage(), review.decision(), review.opinion(), review.reviewer(),
                    IsoTimes.format(review.at())));
            return (List<ReviewView>) list;
        }).orElse(reviews);
        return new Lifecycle(DeclarationLife.statusAfter(status, event), DeclarationLife.revisionAfter(revision, event),
                next, sequence + 1, at);
    }
}
