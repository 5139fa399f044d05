package cn.jixiao.kernel.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change the points of the categories and the execution rate. {@code expectedVersion} (from If-Match, one less than the ETag) is null when the client asks for no check. */
public record ChangeWeightsCommand(@TargetAggregateIdentifier EvaluationId evaluationId, Weights weights,
                 @TargetAggregateVersion Long expectedVersion) {
}
