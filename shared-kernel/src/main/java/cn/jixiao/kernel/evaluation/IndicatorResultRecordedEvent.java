package cn.jixiao.kernel.evaluation;

import org.axonframework.serialization.Revision;

/** The unit recorded the actual value (and judgement, cause, improvement) of one indicator. */
@Revision("1")
public record IndicatorResultRecordedEvent(EvaluationId evaluationId, String indicatorId, IndicatorResult result) implements SelfEvaluationEvent {
}
