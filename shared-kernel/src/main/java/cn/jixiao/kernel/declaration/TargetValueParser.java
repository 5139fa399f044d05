package cn.jixiao.kernel.declaration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses target values as the form writes them: an optional comparator, then either a number with an optional
 * unit (quantitative) or text (qualitative). Filers type on Chinese keyboards, so full-width forms
 * ({@code ＞＝}, {@code ９０％}) and ASCII spellings ({@code >=}) mean the same as {@code ≥}.
 */
final class TargetValueParser {

    /** Longest spellings first, so that {@code >=} is not read as {@code >} followed by text. */
    private static final List<Map.Entry<String, Comparator>> COMPARATORS = List.of(
            Map.entry(">=", Comparator.GE), Map.entry("=>", Comparator.GE),
            Map.entry("<=", Comparator.LE), Map.entry("=<", Comparator.LE),
            Map.entry("==", Comparator.EQ),
            Map.entry("≥", Comparator.GE), Map.entry("≧", Comparator.GE),
            Map.entry("≤", Comparator.LE), Map.entry("≦", Comparator.LE),
            Map.entry("=", Comparator.EQ), Map.entry(">", Comparator.GT), Map.entry("<", Comparator.LT),
            // and in words, as many forms write them
            Map.entry("不低于", Comparator.GE), Map.entry("不少于", Comparator.GE),
            Map.entry("不高于", Comparator.LE), Map.entry("不超过", Comparator.LE), Map.entry("不多于", Comparator.LE),
            Map.entry("大于", Comparator.GT), Map.entry("高于", Comparator.GT),
            Map.entry("小于", Comparator.LT), Map.entry("低于", Comparator.LT));

    /** 1,000万元: a thousands separator between digits. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3})");

    /** A number, then a unit that has no digit in it (else it is a date or a phrase such as 2020年12月底前). */
    private static final Pattern QUANTITY = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(\\D*)");

    /** 90%以上 means ≥90%: the comparator written after the number. */
    private static final Map<String, Comparator> SUFFIX_COMPARATORS = Map.of(
            "以上", Comparator.GE, "以下", Comparator.LE, "以内", Comparator.LE);

    private TargetValueParser() {
    }

    static TargetValue parse(String text) {
        if (text == null || text.isBlank()) {
            throw new TargetValue.EmptyTargetException("三级指标目标值不能为空");
        }
        String original = text.strip();
        String rest = normalize(original);
        Comparator comparator = null;
        for (Map.Entry<String, Comparator> entry : COMPARATORS) {
            if (rest.startsWith(entry.getKey())) {
                comparator = entry.getValue();
                rest = rest.substring(entry.getKey().length());
                break;
            }
        }
        if (rest.isEmpty()) {
            throw new TargetValue.EmptyTargetException("三级指标目标值只有比较符，缺少数值或内容: " + original);
        }
        Matcher quantity = QUANTITY.matcher(THOUSANDS.matcher(rest).replaceAll(""));
        if (!quantity.matches()) {
            return new TargetValue(original, comparator, null, null, TargetKind.QUALITATIVE);
        }
        String unit = quantity.group(2);
        for (Map.Entry<String, Comparator> suffix : SUFFIX_COMPARATORS.entrySet()) {
            if (unit.endsWith(suffix.getKey())) {
                comparator = comparator != null ? comparator : suffix.getValue();
                unit = unit.substring(0, unit.length() - suffix.getKey().length());
            }
        }
        return new TargetValue(original, comparator, new BigDecimal(quantity.group(1)),
                unit.isEmpty() ? null : unit, TargetKind.QUANTITATIVE);
    }

    /** Full-width ASCII to half-width, and no whitespace at all (cells carry stray spaces and line breaks). */
    private static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out.append((char) (c - 0xFEE0));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
