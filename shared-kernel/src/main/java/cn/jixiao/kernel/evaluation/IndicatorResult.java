package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.TargetValue;
import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * What the unit recorded for one indicator: the actual value (实际完成值, parsed as a target is: a number with its
 * unit, or text), for a qualitative target its judgement and the score it picks inside the judgement's band, and
 * for a missed target the deviation cause and the improvement planned.
 */
public record IndicatorResult(TargetValue actual, Judgement judgement,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score,
                              String deviationCause, String improvement) {

    public static final IndicatorResult NONE = new IndicatorResult(null, null, null, "", "");
}
