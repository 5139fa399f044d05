package cn.jixiao.query.revisions;

import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.ValueBasis;
import cn.jixiao.query.form.FormView.TargetView;

import java.util.List;

/**
 * {@code GET /declarations/{id}/diff?from=1&to=2}: everything a client needs to render the changes without
 * recomputing them. Goals and indicators are matched by id, so a renamed indicator is a change, not a removal
 * plus an addition.
 */
public record RevisionDiff(int from, int to, List<FieldChange> fields, GoalChanges goals,
                           IndicatorChanges indicators) {

    public record GoalChanges(List<GoalEntry> added, List<GoalEntry> removed, List<GoalChange> changed) {
    }

    public record GoalEntry(String id, int number, String description) {
    }

    public record GoalChange(String id, int number, List<FieldChange> fields) {
    }

    public record IndicatorChanges(List<IndicatorEntry> added, List<IndicatorEntry> removed,
                                   List<IndicatorChange> changed) {
    }

    /** {@code core}, {@code basis}, {@code lastYearValue}: a project indicator's details (null on a department form). */
    public record IndicatorEntry(String id, String goalId, Level1 level1, Level2 level2, String name,
                                 TargetView target, Boolean core, ValueBasis basis, String lastYearValue) {
    }

    public record IndicatorChange(String id, String goalId, List<FieldChange> fields) {
    }
}
