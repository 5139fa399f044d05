package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.Comparator;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetKind;
import cn.jixiao.kernel.declaration.TargetValue;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Indicators of two years matched by goal number (目标N) and indicator name: kept in both, dropped from the
 * earlier year, new in the later one. Ids cannot match across years: each year is a declaration of its own.
 */
public record IndicatorChanges(List<KeptIndicator> kept, List<IndicatorRef> dropped,
                               @JsonProperty("new") List<IndicatorRef> added) {

    /** Whether a kept quantitative target became more ambitious; CHANGED when the numbers differ but no direction can say which way. */
    public enum TargetChange { RAISED, LOWERED, UNCHANGED, CHANGED }

    /** A target as the form writes it, with the number as a decimal string. */
    public record Target(String text, Comparator comparator, String value, String unit, TargetKind kind) {
        static Target of(TargetValue t) {
            return t == null ? null
                    : new Target(t.text(), t.comparator(), t.value() == null ? null : t.value().toPlainString(), t.unit(), t.kind());
        }
    }

    public record IndicatorRef(int goalNumber, String name, Level1 level1, Level2 level2, Target target) {
    }

    /**
     * @param targetChange null unless both targets are quantitative
     * @param difference   {@code to - from} of the numbers, null unless both are quantitative
     */
    public record KeptIndicator(int goalNumber, String name, Level1 level1, Level2 level2, Target from, Target to,
                                TargetChange targetChange, String difference) {
    }

    private record Placed(int goalNumber, Indicator indicator) {
        String key() {
            return goalNumber + "\u0000" + indicator.name().trim();
        }

        IndicatorRef ref() {
            return new IndicatorRef(goalNumber, indicator.name(), indicator.level1(), indicator.level2(),
                    Target.of(indicator.target()));
        }
    }

    static IndicatorChanges between(DeclarationForm from, DeclarationForm to) {
        Map<String, Deque<Placed>> earlier = new LinkedHashMap<>();
        placed(from).forEach(p -> earlier.computeIfAbsent(p.key(), k -> new ArrayDeque<>()).add(p));
        List<KeptIndicator> kept = new ArrayList<>();
        List<IndicatorRef> added = new ArrayList<>();
        for (Placed later : placed(to)) {
            Deque<Placed> candidates = earlier.get(later.key());
            if (candidates == null || candidates.isEmpty()) {
                added.add(later.ref());
            } else {
                kept.add(kept(candidates.poll(), later));
            }
        }
        List<IndicatorRef> dropped = earlier.values().stream().flatMap(Deque::stream).map(Placed::ref).toList();
        return new IndicatorChanges(kept, dropped, added);
    }

    private static List<Placed> placed(DeclarationForm form) {
        List<Placed> list = new ArrayList<>();
        for (int i = 0; i < form.goals().size(); i++) {
            Goal goal = form.goals().get(i);
            for (Indicator indicator : goal.indicators()) {
                list.add(new Placed(i + 1, indicator));
            }
        }
        return list;
    }

    private static KeptIndicator kept(Placed earlier, Placed later) {
        Indicator before = earlier.indicator();
        Indicator after = later.indicator();
        boolean numbers = isNumber(before.target()) && isNumber(after.target());
        String difference = numbers ? after.target().value().subtract(before.target().value()).toPlainString() : null;
        return new KeptIndicator(later.goalNumber(), after.name(), after.level1(), after.level2(),
                Target.of(before.target()), Target.of(after.target()),
                numbers ? change(before.target(), after.target()) : null, difference);
    }

    /**
     * The later comparator says which way is more ambitious (≥: higher, ≤: lower). Without a direction (=, none),
     * with opposite directions or with different units, a different number is only CHANGED.
     */
    static TargetChange change(TargetValue before, TargetValue after) {
        int numbers = after.value().compareTo(before.value());
        boolean sameUnit = Objects.equals(before.unit(), after.unit());
        if (numbers == 0 && sameUnit) {
            return TargetChange.UNCHANGED;
        }
        int direction = direction(after);
        if (!sameUnit || direction == 0 || direction != direction(before)) {
            return TargetChange.CHANGED;
        }
        return numbers * direction > 0 ? TargetChange.RAISED : TargetChange.LOWERED;
    }

    private static int direction(TargetValue target) {
        return target.comparator() == null ? 0 : target.comparator().direction();
    }

    private static boolean isNumber(TargetValue target) {
        return target != null && target.isQuantitative() && target.value() != null;
    }

}
