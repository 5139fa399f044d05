package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.declaration.rules.RuleCodes;

import java.math.BigDecimal;

/**
 * A target value (目标值) as written on the form, with its parsed structure. {@code comparator}, {@code value}
 * and {@code unit} are null where the text has none.
 */
public record TargetValue(String text, Comparator comparator, BigDecimal value, String unit, TargetKind kind) {

    /**
     * Parses the text as the form writes it; see {@link TargetValueParser}.
     *
     * @throws EmptyTargetException when the text is null or blank: an indicator without a target is refused at once
     */
    public static TargetValue parse(String text) {
        return TargetValueParser.parse(text);
    }

    public boolean isQuantitative() {
        return kind == TargetKind.QUANTITATIVE;
    }

    /** A percentage such as {@code ≥90%}. */
    public boolean isPercentage() {
        return isQuantitative() && "%".equals(unit);
    }

    /** An empty target value: never right, so refused at once (400, TARGET_MISSING). */
    public static class EmptyTargetException extends IllegalArgumentException implements CodedViolation {

        public EmptyTargetException(String message) {
            super(message);
        }

        @Override
        public String code() {
            return RuleCodes.TARGET_MISSING;
        }
    }
}
