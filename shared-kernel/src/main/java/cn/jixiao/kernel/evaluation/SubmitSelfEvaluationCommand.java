package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Submit for review; blocked while a rule finds an error. {@code expectedVersion} (from If-Match, one less than the ETag) is null when the client asks for no check. */
public record SubmitSelfEvaluationCommand(@TargetAggregateIdentifier EvaluationId evaluationId, PersonRef filer,
                 @TargetAggregateVersion Long expectedVersion) {
}
