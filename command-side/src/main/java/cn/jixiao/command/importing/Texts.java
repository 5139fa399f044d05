package cn.jixiao.command.importing;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** How cell text is cleaned: forms carry stray spaces, full-width punctuation and line breaks anywhere. */
final class Texts {

    private Texts() {
    }

    /** No whitespace at all and full-width forms folded (（ to (, ： to :): for comparing labels and numbers. */
    static String compact(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    /** The lines trimmed and put together: for names, phone numbers and target values. */
    static String oneLine(String text) {
        return String.join("", lines(text));
    }

    /** The lines trimmed, blank lines at the start and the end dropped: for free text such as 部门职能. */
    static String block(String text) {
        return String.join("\n", lines(text));
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> lines = Arrays.stream(text.split("\\R", -1)).map(Texts::strip).collect(Collectors.toList());
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** {@link String#strip()} does not count the ideographic space that Chinese forms pad with. */
    static String strip(String line) {
        return line.replaceAll("^[\\s\\u3000\\u00a0]+|[\\s\\u3000\\u00a0]+$", "");
    }
}
