package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.TargetValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The lights of the monitoring round, as one pure computation (财预〔2019〕136号 asks for progress "against the time
 * elapsed", 时序进度). Every reader (the aggregate's rules, the read model, the export) calls these; nothing
 * computes a light twice.
 * <ul>
 *   <li>An indicator the unit judges impossible to meet (完全不可能) is red, whatever its numbers.</li>
 *   <li>A quantitative indicator compares its completion (progress ÷ target) with what is expected by the cut-off:
 *   the time elapsed for amounts and counts, which accumulate over the year; 100% for a percentage target
 *   (合格率 ≥ 95%), which is a rate at any time of the year. Points behind that, within the thresholds: green,
 *   yellow, red. A ceiling (≤, &lt;) is red once exceeded, green before.</li>
 *   <li>A qualitative indicator has no numbers: its light is the unit's judgement (确定能 green, 有可能 yellow).</li>
 *   <li>Budget execution compares the execution rate with the time elapsed, like a quantity.</li>
 * </ul>
 */
public final class MonitoringLights {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 1;

    private MonitoringLights() {
    }

    /** 时序进度: the share of the year passed at the end of the cut-off day, in percent with one decimal. */
    public static BigDecimal timeElapsed(int year, LocalDate cutOff) {
        if (cutOff == null || cutOff.getYear() != year) {
            return HUNDRED;
        }
        return percent(BigDecimal.valueOf(cutOff.getDayOfYear()), BigDecimal.valueOf(cutOff.lengthOfYear()));
    }

    public static Light indicator(TargetValue target, TargetValue progress, Outlook outlook, BigDecimal timeElapsed,
                                  LightThresholds thresholds) {
        if (outlook == Outlook.IMPOSSIBLE) {
            return Light.RED;
        }
        if (target != null && target.isQuantitative() && target.value() != null) {
            return progress == null || progress.value() == null ? Light.NONE
                    : quantity(target, progress.value(), timeElapsed, thresholds);
        }
        return outlook == null ? Light.NONE : outlook == Outlook.CERTAIN ? Light.GREEN : Light.YELLOW;
    }

    public static Light budget(Amount budget, Amount spent, BigDecimal timeElapsed, LightThresholds thresholds) {
        BigDecimal rate = executionRate(budget, spent);
        return rate == null ? Light.NONE : thresholds.forLag(timeElapsed.subtract(rate));
    }

    /** The worst light of a unit's form: its indicators and its budget execution. */
    public static Light unit(Stream<Light> lights) {
        return lights.reduce(Light.NONE, Light::worse);
    }

    public static BigDecimal executionRate(Amount budget, Amount spent) {
        if (budget == null || spent == null || budget.isZero()) {
            return null;
        }
        return percent(spent.value(), budget.value());
    }

    /** Progress ÷ target in percent, null for a target of zero (nothing to divide by). */
    public static BigDecimal completion(TargetValue target, BigDecimal progress) {
        if (target == null || target.value() == null || target.value().signum() == 0 || progress == null) {
            return null;
        }
        return percent(progress, target.value());
    }

    private static Light quantity(TargetValue target, BigDecimal progress, BigDecimal timeElapsed,
                                  LightThresholds thresholds) {
        if (target.comparator() != null && target.comparator().direction() < 0) {
            return progress.compareTo(target.value()) > 0 ? Light.RED : Light.GREEN;
        }
        BigDecimal completion = completion(target, progress);
        if (completion == null) {
            // a target of zero (=0起): met while nothing happened
            return progress.signum() == 0 || target.comparator() != null && target.comparator().direction() > 0
                    ? Light.GREEN : Light.RED;
        }
        BigDecimal expected = target.isPercentage() ? HUNDRED : timeElapsed;
        return thresholds.forLag(expected.subtract(completion));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
    }
}
