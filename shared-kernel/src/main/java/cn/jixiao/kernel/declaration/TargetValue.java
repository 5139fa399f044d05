package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.declaration.rules.RuleCodes;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;

/**
 * A target value (目标值) as written on the form, with its parsed structure. {@code comparator}, {@code value}
 * and {@code unit} are null where the text has none. {@code value} is written to JSON as a decimal string, as the
 * API shows it ({@code "value": "8.73"}), so no client reads it as a float.
 */
public record TargetValue(String text, Comparator comparator,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, String unit, TargetKind kind) {

    /**
     * Parses the text as the form writes it; see {@link TargetValueParser}.
     *
     * @throws EmptyTargetException when the text is null or blank: an indicator without a target is refused at once
     */
    public static TargetValue parse(String text) {
        return TargetValueParser.parse(text);
    }

    /** Derived, so not a JSON property (a stored event would not read back). */
    @JsonIgnore
    public boolean isQuantitative() {
        return kind == TargetKind.QUANTITATIVE;
    }

    /** A percentage such as {@code ≥90%}. */
    @JsonIgnore
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
