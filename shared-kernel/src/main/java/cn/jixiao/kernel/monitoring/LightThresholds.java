package cn.jixiao.kernel.monitoring;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * How many percentage points behind the time elapsed an indicator may be and still show green, or yellow; beyond
 * is red. The performance section sets them per round; the default is green at or ahead of the time elapsed,
 * yellow up to 30 points behind.
 */
public record LightThresholds(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal greenWithin,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal yellowWithin) {

    /** Before DEFAULT: the constructor reads it. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final LightThresholds DEFAULT = new LightThresholds(BigDecimal.ZERO, BigDecimal.valueOf(30));

    public LightThresholds {
        if (greenWithin == null || yellowWithin == null || greenWithin.signum() < 0
                || greenWithin.compareTo(yellowWithin) > 0 || yellowWithin.compareTo(HUNDRED) > 0) {
            throw MonitoringRejectedException.invalid(MonitoringCodes.THRESHOLDS_INVALID, "thresholds",
                    "预警阈值须满足 0 ≤ 绿灯容差 ≤ 黄灯容差 ≤ 100（落后时序进度的百分点）");
        }
    }

    /** The default where none is given. */
    public static LightThresholds orDefault(LightThresholds given) {
        return given != null ? given : DEFAULT;
    }

    public Light forLag(BigDecimal pointsBehind) {
        if (pointsBehind.compareTo(greenWithin) <= 0) {
            return Light.GREEN;
        }
        return pointsBehind.compareTo(yellowWithin) <= 0 ? Light.YELLOW : Light.RED;
    }
}
