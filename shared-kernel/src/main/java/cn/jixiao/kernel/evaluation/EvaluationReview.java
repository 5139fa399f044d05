package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;

import java.time.Instant;

/** One decision of the performance section on a submitted self-evaluation. */
public record EvaluationReview(Decision decision, String opinion, PersonRef reviewer, Instant at) {

    public enum Decision { PASS, RETURN }
}
