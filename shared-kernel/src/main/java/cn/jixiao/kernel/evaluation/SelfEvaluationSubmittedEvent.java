package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** The unit submitted; {@code total} and {@code grade} are the scorecard as submitted, for the record. */
@Revision("1")
public record SelfEvaluationSubmittedEvent(EvaluationId evaluationId, int revision, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total, Grade grade, PersonRef filer) implements SelfEvaluationEvent {
}
