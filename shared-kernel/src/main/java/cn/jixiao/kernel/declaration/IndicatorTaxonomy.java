package cn.jixiao.kernel.declaration;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which level-2 indicator may stand under which level-1 in an edition (财预〔2020〕10号 puts cost under output,
 * 财预〔2021〕101号 promotes it to level 1), and the names forms give to both levels.
 */
public final class IndicatorTaxonomy {

    private static final String SUFFIX = "指标";

    private IndicatorTaxonomy() {
    }

    public static boolean allows(Edition edition, Level1 level1, Level2 level2) {
        if (edition == null || level1 == null || level2 == null || level2.parent() != level1) {
            return false;
        }
        return switch (edition) {
            case E2020 -> level1 != Level1.COST;
            case E2021 -> level2 != Level2.COST;
        };
    }

    /** 产出指标 / 产出 / "满意度\n指标" (cells break lines anywhere) all name their level 1. */
    public static Optional<Level1> level1Named(String name) {
        String wanted = normalize(name);
        return Arrays.stream(Level1.values())
                .filter(level1 -> normalize(level1.label()).equals(wanted))
                .findFirst();
    }

    /** The level 2 of that name among the children of {@code level1}; empty when it belongs elsewhere. */
    public static Optional<Level2> level2Named(Level1 level1, String name) {
        return level2Named(name).filter(level2 -> level2.parent() == level1);
    }

    /** The level 2 of that name whatever its parent: level-2 names are unique across the taxonomy. */
    public static Optional<Level2> level2Named(String name) {
        String wanted = normalize(name);
        return Arrays.stream(Level2.values())
                .filter(level2 -> Stream.concat(Stream.of(level2.label()), level2.aliases().stream())
                        .anyMatch(label -> normalize(label).equals(wanted)))
                .findFirst();
    }

    /** Without whitespace and without the optional 指标 suffix, so 环境效益 and 环境效益指标 match alike. */
    private static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String compact = name.replaceAll("[\\s\\u3000]+", "");
        return compact.endsWith(SUFFIX) && compact.length() > SUFFIX.length()
                ? compact.substring(0, compact.length() - SUFFIX.length())
                : compact;
    }
}
