package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** The performance section returned the self-evaluation for revision, with an opinion. */
@Revision("1")
public record SelfEvaluationReturnedEvent(EvaluationId evaluationId, String opinion, PersonRef reviewer) implements SelfEvaluationEvent {
}
