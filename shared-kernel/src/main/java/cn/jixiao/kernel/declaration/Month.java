package cn.jixiao.kernel.declaration;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Months as project forms write them, {@code YYYY-MM} ({@code 2021-01}). Kept as text in events and views (every
 * serializer reads it alike); parsed here where periods are compared.
 */
public final class Month {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");

    private Month() {
    }

    /** The month {@code text} names, empty when blank or not a month. */
    public static Optional<YearMonth> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} is blank (not yet filled in) or a month: anything else can never be right. */
    public static boolean isBlankOrMonth(String text) {
        return text == null || text.isBlank() || parse(text).isPresent();
    }
}
