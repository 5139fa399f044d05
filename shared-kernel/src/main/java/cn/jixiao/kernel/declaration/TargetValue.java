package cn.jixiao.kernel.declaration;

import java.math.BigDecimal;

/**
 * A target value (目标值) as written on the form, with its parsed structure. {@code comparator}, {@code value}
 * and {@code unit} are null where the text has none.
 */
public record TargetValue(String text, Comparator comparator, BigDecimal value, String unit, TargetKind kind) {

    /** Parses the text as the form writes it; see {@link TargetValueParser}. */
    public static TargetValue parse(String text) {
        return TargetValueParser.parse(text);
    }

    public boolean isQuantitative() {
        return kind == TargetKind.QUANTITATIVE;
    }
}
