package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;

import java.time.Instant;

/** One decision of a review stage on a revision, as the form's 审核意见 rows show it. */
public record Review(ReviewStage stage, ReviewDecision decision, String opinion, PersonRef reviewer, Instant at) {
}
