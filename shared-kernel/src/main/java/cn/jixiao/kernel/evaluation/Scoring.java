package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.Comparator;
import cn.jixiao.kernel.declaration.TargetValue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring rules of 财预〔2020〕10号, one pure method each, each answering the code of the rule that gave the
 * score ({@link EvaluationCodes}). Points and scores are exact decimals with {@value #SCALE} places (half up).
 */
public final class Scoring {

    public static final int SCALE = 2;
    private static final MathContext RATIO = MathContext.DECIMAL64;

    private Scoring() {
    }

    /** The score of one line under {@code rule}; {@code met} is null when nothing was recorded yet. */
    public record Score(String rule, BigDecimal score, Boolean met) {
    }

    /** A quantitative target: by its comparator; a number without one is an = target. */
    public static Score quantitative(TargetValue target, BigDecimal actual, BigDecimal points) {
        Comparator comparator = target.comparator() == null ? Comparator.EQ : target.comparator();
        return switch (comparator) {
            case GE -> higherIsBetter(target.value(), actual, false, points);
            case GT -> higherIsBetter(target.value(), actual, true, points);
            case LE -> lowerIsBetter(target.value(), actual, false, points);
            case LT -> lowerIsBetter(target.value(), actual, true, points);
            case EQ -> byCloseness(target.value(), actual, points);
        };
    }

    /** ≥ (> when strict) target: met earns its points, missed earns actual / target of them. */
    public static Score higherIsBetter(BigDecimal target, BigDecimal actual, boolean strict, BigDecimal points) {
        int against = actual.compareTo(target);
        if (against > 0 || (against == 0 && !strict)) {
            return new Score(EvaluationCodes.QUANTITATIVE_MET, rounded(points), true);
        }
        BigDecimal share = target.signum() <= 0 ? BigDecimal.ZERO : actual.divide(target, RATIO);
        return new Score(EvaluationCodes.QUANTITATIVE_BELOW_TARGET, share(points, share), false);
    }

    /** ≤ (< when strict) target: met earns its points, missed earns target / actual of them. */
    public static Score lowerIsBetter(BigDecimal target, BigDecimal actual, boolean strict, BigDecimal points) {
        int against = actual.compareTo(target);
        if (against < 0 || (against == 0 && !strict)) {
            return new Score(EvaluationCodes.QUANTITATIVE_MET, rounded(points), true);
        }
        BigDecimal share = actual.signum() <= 0 ? BigDecimal.ZERO : target.divide(actual, RATIO);
        return new Score(EvaluationCodes.QUANTITATIVE_ABOVE_TARGET, share(points, share), false);
    }

    /** = target: hit earns its points, else 1 − |actual − target| / target of them, never below zero. */
    public static Score byCloseness(BigDecimal target, BigDecimal actual, BigDecimal points) {
        if (actual.compareTo(target) == 0) {
            return new Score(EvaluationCodes.QUANTITATIVE_MET, rounded(points), true);
        }
        BigDecimal share = target.signum() == 0 ? BigDecimal.ZERO
                : BigDecimal.ONE.subtract(actual.subtract(target).abs().divide(target.abs(), RATIO));
        return new Score(EvaluationCodes.EQUAL_TARGET_BY_CLOSENESS, share(points, share), false);
    }

    /**
     * A qualitative target: the unit's score inside its judgement's band. 达成 without a score earns full points;
     * the other judgements need one ({@link EvaluationRules} blocks submission until then, scoring zero).
     */
    public static Score qualitative(Judgement judgement, BigDecimal chosen, BigDecimal points) {
        boolean met = judgement == Judgement.ACHIEVED;
        BigDecimal score = chosen != null ? chosen : met ? points : BigDecimal.ZERO;
        return new Score(EvaluationCodes.QUALITATIVE_JUDGED, rounded(score), met);
    }

    /** Whether {@code score} lies in the band of {@code judgement} for a line of {@code points} (edges included). */
    public static boolean insideBand(Judgement judgement, BigDecimal score, BigDecimal points) {
        return score.compareTo(points.multiply(judgement.lowestShare())) >= 0
                && score.compareTo(points.multiply(judgement.highestShare())) <= 0;
    }

    /** The execution rate (spent / budget, four places); null without a budget. */
    public static BigDecimal executionRate(Amount budget, Amount spent) {
        return budget.isZero() ? null : spent.value().divide(budget.value(), 4, RoundingMode.HALF_UP);
    }

    /** Execution rate × its points, capped at its points; no budget, no rate, no points. */
    public static Score executionRateScore(Amount budget, Amount spent, BigDecimal points) {
        BigDecimal rate = executionRate(budget, spent);
        if (rate == null) {
            return new Score(EvaluationCodes.EXECUTION_RATE, rounded(BigDecimal.ZERO), false);
        }
        return new Score(EvaluationCodes.EXECUTION_RATE, share(points, rate), rate.compareTo(BigDecimal.ONE) >= 0);
    }

    /**
     * A category's weight spread evenly over its {@code count} indicators, to {@value #SCALE} places: the last one
     * takes the rounding's remainder, so the category's points add up to its weight exactly.
     */
    public static List<BigDecimal> spread(int weight, int count) {
        List<BigDecimal> points = new ArrayList<>(count);
        if (count == 0) {
            return points;
        }
        BigDecimal each = BigDecimal.valueOf(weight).divide(BigDecimal.valueOf(count), SCALE, RoundingMode.DOWN);
        for (int i = 0; i < count - 1; i++) {
            points.add(each);
        }
        points.add(BigDecimal.valueOf(weight).subtract(each.multiply(BigDecimal.valueOf(count - 1))).setScale(SCALE));
        return points;
    }

    /** {@code share} of {@code points}, the share clamped to 0..1. */
    private static BigDecimal share(BigDecimal points, BigDecimal share) {
        BigDecimal clamped = share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return rounded(points.multiply(clamped));
    }

    static BigDecimal rounded(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
