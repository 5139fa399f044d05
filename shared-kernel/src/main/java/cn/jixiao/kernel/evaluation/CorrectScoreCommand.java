package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

/** A reviewer corrects the score of one line, with a reason. {@code expectedVersion} (from If-Match, one less than the ETag) is null when the client asks for no check. */
public record CorrectScoreCommand(@TargetAggregateIdentifier EvaluationId evaluationId, String line, BigDecimal score, String reason, PersonRef reviewer,
                 @TargetAggregateVersion Long expectedVersion) {
}
