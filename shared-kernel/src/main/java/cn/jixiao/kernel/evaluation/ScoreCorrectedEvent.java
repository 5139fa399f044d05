package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** A reviewer corrected the score of one line, with a reason; the unit's score stays beside it. */
@Revision("1")
public record ScoreCorrectedEvent(EvaluationId evaluationId, String line, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score, String reason, PersonRef reviewer) implements SelfEvaluationEvent {
}
