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

    /** One line of the form's indicator table. */
    public static final int MAX_TEXT_LENGTH = 500;
    /** Integer digits of a target's number: as many as an amount in 万元 may have, and more than any count. */
    public static final int MAX_INTEGER_DIGITS = 16;
    public static final int MAX_SCALE = 8;

    /** Bounded here, so neither a request nor an import nor a stored event can carry a number without end. */
    public TargetValue {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new TargetOutOfRangeException("三级指标目标值最多 " + MAX_TEXT_LENGTH + " 个字符");
        }
        if (value != null && ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS
                || value.scale() > MAX_SCALE)) {
            throw new TargetOutOfRangeException("三级指标目标值的数值超出范围：整数最多 " + MAX_INTEGER_DIGITS
                    + " 位，小数最多 " + MAX_SCALE + " 位");
        }
    }

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

    /** A target whose text or number has no end: never right, so refused at once (400, TARGET_OUT_OF_RANGE). */
    public static class TargetOutOfRangeException extends IllegalArgumentException implements CodedViolation {

        public TargetOutOfRangeException(String message) {
            super(message);
        }

        @Override
        public String code() {
            return RuleCodes.TARGET_OUT_OF_RANGE;
        }
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
