package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationKind;
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
                   Map<String, Integer> categories, Map<String, Integer> warnings, List<Long> turnarounds,
                   Map<DeclarationKind, Integer> byKind, Map<String, ProjectFigures> projectsByDepartment) {

    static final YearFigures NONE = of(List.of());

    YearFigures {
        byStatus = new TreeMap<>(byStatus);
        categories = new TreeMap<>(categories);
        warnings = new TreeMap<>(warnings);
        turnarounds = turnarounds.stream().sorted().toList();
        // figures stored before project forms existed have neither
        byKind = byKind == null ? new TreeMap<>() : new TreeMap<>(byKind);
        projectsByDepartment = projectsByDepartment == null ? new TreeMap<>() : new TreeMap<>(projectsByDepartment);
    }

    static YearFigures of(Collection<YearEntry> entries) {
        Map<DeclarationStatus, Integer> byStatus = new EnumMap<>(DeclarationStatus.class);
        BudgetFigures totals = BudgetFigures.ZERO;
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> warnings = new TreeMap<>();
        List<Long> turnarounds = new ArrayList<>();
        Map<DeclarationKind, Integer> byKind = new TreeMap<>();
        Map<String, ProjectFigures> projects = new TreeMap<>();
        for (YearEntry entry : entries) {
            byKind.merge(entry.project() == null ? DeclarationKind.DEPARTMENT : DeclarationKind.PROJECT, 1, Integer::sum);
            if (entry.project() != null) {
                projects.merge(entry.project().department(), new ProjectFigures(1, entry.project().funds()),
                        ProjectFigures::plus);
            }
            byStatus.merge(entry.status(), 1, Integer::sum);
            totals = totals.plus(entry.budget());
            entry.categories().forEach((category, count) -> categories.merge(category, count, Integer::sum));
            entry.warnings().forEach(code -> warnings.merge(code, 1, Integer::sum));
            if (entry.turnaroundSeconds() != null) {
                turnarounds.add(entry.turnaroundSeconds());
            }
        }
        return new YearFigures(entries.size(), byStatus, totals, categories, warnings, turnarounds, byKind, projects);
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
        Map<DeclarationKind, Integer> kinds = new TreeMap<>(byKind);
        other.byKind.forEach((kind, count) -> kinds.merge(kind, count, Integer::sum));
        Map<String, ProjectFigures> projects = new TreeMap<>(projectsByDepartment);
        other.projectsByDepartment.forEach((department, figures) -> projects.merge(department, figures, ProjectFigures::plus));
        return new YearFigures(declarations + other.declarations, statuses, budget.plus(other.budget), allCategories,
                allWarnings, allTurnarounds, kinds, projects);
    }
}
