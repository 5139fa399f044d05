package cn.jixiao.kernel.evaluation;

import org.axonframework.serialization.Revision;

/** The unit changed the points of the categories and of the execution rate (summing to 100). */
@Revision("1")
public record WeightsChangedEvent(EvaluationId evaluationId, Weights weights) implements SelfEvaluationEvent {
}
