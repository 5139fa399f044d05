package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationStatus;
import org.bson.Document;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one declaration adds to the figures of its year, as of event {@code seq}: its contribution without the
 * per-indicator slots (only their counts per category show), small enough to keep every declaration of a year in
 * one document.
 */
record YearEntry(long seq, DeclarationStatus status, BudgetFigures budget, Map<String, Integer> categories,
                 List<String> warnings, Long turnaroundSeconds, DashboardContribution.ProjectSlot project) {

    YearEntry {
        categories = Map.copyOf(categories);
        warnings = List.copyOf(warnings);
    }

    static YearEntry of(DashboardContribution c) {
        Map<String, Integer> categories = new TreeMap<>();
        c.indicators().forEach(slot -> categories.merge(slot.category(), 1, Integer::sum));
        return new YearEntry(c.seq(), c.status(), c.budget(), categories, c.warnings(), c.turnaroundSeconds(),
                c.project());
    }

    Document toDocument() {
        return new Document("seq", seq)
                .append("status", status.name())
                .append("budget", DashboardContributions.budgetDocument(budget))
                .append("categories", new Document(Map.copyOf(categories)))
                .append("warnings", warnings)
                .append("turnaroundSeconds", turnaroundSeconds)
                .append("project", DashboardContributions.projectDocument(project));
    }

    static YearEntry fromDocument(Document d) {
        Map<String, Integer> categories = new TreeMap<>();
        d.get("categories", Document.class).forEach((category, count) -> categories.put(category, ((Number) count).intValue()));
        Number turnaround = d.get("turnaroundSeconds", Number.class);
        return new YearEntry(d.get("seq", Number.class).longValue(), DeclarationStatus.valueOf(d.getString("status")),
                DashboardContributions.budget(d.get("budget", Document.class)), categories,
                d.getList("warnings", String.class), turnaround == null ? null : turnaround.longValue(),
                DashboardContributions.project(d));
    }

}
