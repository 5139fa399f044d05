package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard of one tenant and year. Every status appears in {@code byStatus}, with 0 where there is none, so
 * clients get a stable shape; categories are {@code "OUTPUT/QUANTITY"}, warnings are counted per finding.
 */
public record DashboardSnapshot(int year, int declarations, Map<DeclarationStatus, Integer> byStatus,
                                BudgetFigures budgetTotals, Map<String, Integer> indicatorsByCategory,
                                Map<String, Integer> warningsByCode, ReviewTurnaround reviewTurnaround,
                                Map<DeclarationKind, Integer> byKind,
                                Map<String, ProjectFigures> projectsByCompetentDepartment) {

    /** {@code budgetTotals} are the department-wide forms'; project forms count by kind and by competent department. */
    public DashboardSnapshot {
        byKind = byKind == null ? new LinkedHashMap<>() : byKind;
        projectsByCompetentDepartment = projectsByCompetentDepartment == null ? new TreeMap<>() : projectsByCompetentDepartment;
    }

    /** Sums what the declarations of {@code year} contribute. */
    static DashboardSnapshot of(int year, Collection<YearEntry> contributions) {
        return of(year, YearFigures.of(contributions));
    }

    static DashboardSnapshot of(int year, YearFigures figures) {
        Map<DeclarationStatus, Integer> byStatus = new EnumMap<>(DeclarationStatus.class);
        for (DeclarationStatus status : DeclarationStatus.values()) {
            byStatus.put(status, figures.byStatus().getOrDefault(status, 0));
        }
        return new DashboardSnapshot(year, figures.declarations(), new LinkedHashMap<>(byStatus), figures.budget(),
                new TreeMap<>(figures.categories()), new TreeMap<>(figures.warnings()),
                ReviewTurnaround.of(figures.turnarounds()), kinds(figures), new TreeMap<>(figures.projectsByDepartment()));
    }

    /** Both kinds always appear, with 0 where there is none. */
    private static Map<DeclarationKind, Integer> kinds(YearFigures figures) {
        Map<DeclarationKind, Integer> kinds = new LinkedHashMap<>();
        for (DeclarationKind kind : DeclarationKind.values()) {
            kinds.put(kind, figures.byKind().getOrDefault(kind, 0));
        }
        return kinds;
    }

    /**
     * From the last submit to the approval, one per approved declaration; medians and maxima are null when no
     * declaration of the year has been approved after a review yet.
     */
    public record ReviewTurnaround(int count, Long medianSeconds, BigDecimal medianHours, Long maxSeconds,
                                   BigDecimal maxHours) {

        private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

        static ReviewTurnaround of(List<Long> seconds) {
            if (seconds.isEmpty()) {
                return new ReviewTurnaround(0, null, null, null, null);
            }
            List<Long> sorted = seconds.stream().sorted().toList();
            int n = sorted.size();
            long median = n % 2 == 1
                    ? sorted.get(n / 2)
                    : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
            long max = sorted.get(n - 1);
            return new ReviewTurnaround(n, median, hours(median), max, hours(max));
        }

        private static BigDecimal hours(long seconds) {
            return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
        }
    }
}
