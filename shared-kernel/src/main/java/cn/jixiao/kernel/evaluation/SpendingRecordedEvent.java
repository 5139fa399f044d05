package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.Amount;
import org.axonframework.serialization.Revision;

/** The unit recorded the amount of the year's budget spent (万元). */
@Revision("1")
public record SpendingRecordedEvent(EvaluationId evaluationId, Amount spent) implements SelfEvaluationEvent {
}
