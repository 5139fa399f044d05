package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** The performance section passed the self-evaluation: final. */
@Revision("1")
public record SelfEvaluationPassedEvent(EvaluationId evaluationId, String opinion, PersonRef reviewer) implements SelfEvaluationEvent {
}
