package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * A reviewer's score for one line (an indicator id, or {@link Scorecard#EXECUTION_RATE_LINE}), kept beside the
 * unit's: the scorecard shows both and totals the reviewer's.
 */
public record ScoreCorrection(String line, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score, String reason,
                              PersonRef reviewer) {
}
