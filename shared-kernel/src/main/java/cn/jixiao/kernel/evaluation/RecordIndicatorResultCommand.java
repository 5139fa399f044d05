package cn.jixiao.kernel.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

/** Record the actual value of one indicator (and, as it needs, judgement, score, cause, improvement). {@code expectedVersion} (from If-Match, one less than the ETag) is null when the client asks for no check. */
public record RecordIndicatorResultCommand(@TargetAggregateIdentifier EvaluationId evaluationId, String indicatorId, String actual, Judgement judgement, BigDecimal score, String deviationCause, String improvement,
                 @TargetAggregateVersion Long expectedVersion) {
}
