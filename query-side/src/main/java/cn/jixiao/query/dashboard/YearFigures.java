package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of some declarations of a year, in a form that adds up: counts and sums, and every review turnaround
 * (a median cannot be added). A year's dashboard is the sum of its buckets' figures.
 */
record YearFigures(int declarations, Map<DeclarationStatus, Integer> byStatus, BudgetFigures budget,
                   Map<String, Integer> categories, Map<String, Integer> warnings, List<Long> turnarounds) {

    static final YearFigures NONE = of(List.of());

    YearFigures {
        byStatus = new TreeMap<>(byStatus);
        categories = new TreeMap<>(categories);
        warnings = new TreeMap<>(warnings);
        turnarounds = turnarounds.stream().sorted().toList();
    }

    static YearFigures of(Collection<YearEntry> entries) {
        Map<DeclarationStatus, Integer> byStatus = new EnumMap<>(DeclarationStatus.class);
        BudgetFigures totals = BudgetFigures.ZERO;
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> warnings = new TreeMap<>();
        List<Long> turnarounds = new ArrayList<>();
        for (YearEntry entry : entries) {
            byStatus.merge(entry.status(), 1, Integer::sum);
            totals = totals.plus(entry.budget());
            entry.categories().forEach((category, count) -> categories.merge(category, count, Integer::sum));
            entry.warnings().forEach(code -> warnings.merge(code, 1, Integer::sum));
            if (entry.turnaroundSeconds() != null) {
                turnarounds.add(entry.turnaroundSeconds());
            }
        }
        return new YearFigures(entries.size(), byStatus, totals, categories, warnings, turnarounds);
    }

    YearFigures plus(YearFigures other) {
        Map<DeclarationStatus, Integer> statuses = new TreeMap<>(byStatus);
        other.byStatus.forEach((status, count) -> statuses.merge(status, count, Integer::sum));
        Map<String, Integer> allCategories = new TreeMap<>(categories);
        other.categories.forEach((category, count) -> allCategories.merge(category, count, Integer::sum));
        Map<String, Integer> allWarnings = new TreeMap<>(warnings);
        other.warnings.forEach((code, count) -> allWarnings.merge(code, count, Integer::sum));
        List<Long> allTurnarounds = new ArrayList<>(turnarounds);
        allTurnarounds.addAll(other.turnarounds);
        return new YearFigures(declarations + other.declarations, statuses, budget.plus(other.budget), allCategories,
                allWarnings, allTurnarounds);
    }
}
