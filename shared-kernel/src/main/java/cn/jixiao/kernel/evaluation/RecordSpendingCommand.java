package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.Amount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record the amount spent of the year's budget. {@code expectedVersion} (from If-Match, one less than the ETag) is null when the client asks for no check. */
public record RecordSpendingCommand(@TargetAggregateIdentifier EvaluationId evaluationId, Amount spent,
                 @TargetAggregateVersion Long expectedVersion) {
}
