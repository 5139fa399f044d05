package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The performance section returns it, with an opinion. {@code expectedVersion} (from If-Match, one less than the ETag) is null when the client asks for no check. */
public record ReturnSelfEvaluationCommand(@TargetAggregateIdentifier EvaluationId evaluationId, String opinion, PersonRef reviewer,
                 @TargetAggregateVersion Long expectedVersion) {
}
