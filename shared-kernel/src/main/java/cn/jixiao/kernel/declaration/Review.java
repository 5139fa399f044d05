package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;

import java.time.Instant;
import java.util.Optional;

/** One decision of a review stage on a revision, as the form's 审核意见 rows show it. */
public record Review(ReviewStage stage, ReviewDecision decision, String opinion, PersonRef reviewer, Instant at) {

    /**
     * The review {@code event} records, if it is one: a business pass, a return by either stage, an approval. A form
     * approved on paper records none (the paper carries the opinions).
     */
    public static Optional<Review> recordedBy(DeclarationEvent event, Instant at) {
        if (event instanceof CompetentReviewPassedEvent e) {
            return Optional.of(new Review(ReviewStage.COMPETENT, ReviewDecision.PASS, e.opinion(), e.reviewer(), at));
        } else if (event instanceof BusinessReviewPassedEvent e) {
            return Optional.of(new Review(ReviewStage.BUSINESS, ReviewDecision.PASS, e.opinion(), e.reviewer(), at));
        } else if (event instanceof DeclarationReturnedEvent e) {
            return Optional.of(new Review(e.stage(), ReviewDecision.RETURN, e.opinion(), e.reviewer(), at));
        } else if (event instanceof DeclarationApprovedEvent e) {
            return Optional.of(new Review(ReviewStage.PERFORMANCE, ReviewDecision.APPROVE, e.opinion(), e.reviewer(), at));
        }
        return Optional.empty();
    }
}
