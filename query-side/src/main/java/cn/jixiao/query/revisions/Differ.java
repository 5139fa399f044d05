package cn.jixiao.query.revisions;

import cn.jixiao.query.form.FormView;
import cn.jixiao.query.form.FormView.GoalView;
import cn.jixiao.query.form.FormView.IndicatorView;
import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.revisions.RevisionDiff.GoalChange;
import cn.jixiao.query.revisions.RevisionDiff.GoalChanges;
import cn.jixiao.query.revisions.RevisionDiff.GoalEntry;
import cn.jixiao.query.revisions.RevisionDiff.IndicatorChange;
import cn.jixiao.query.revisions.RevisionDiff.IndicatorChanges;
import cn.jixiao.query.revisions.RevisionDiff.IndicatorEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two forms as the API shows them: the form's own fields by JSON path, goals and indicators by id.
 * Paths are those of the view ({@code income.total}, {@code target.value}), so a client maps them to its fields.
 */
final class Differ {

    /** Not part of what was declared: bookkeeping and the things compared separately. */
    private static final Set<String> NOT_COMPARED = Set.of("id", "version", "status", "revision", "reviews",
            "updatedAt", "goals");

    private Differ() {
    }

    static RevisionDiff diff(int from, int to, FormView old, FormView now) {
        return new RevisionDiff(from, to, changes(old, now, NOT_COMPARED), goals(old, now), indicators(old, now));
    }

    private static GoalChanges goals(FormView old, FormView now) {
        Map<String, GoalView> before = byId(old.goals(), GoalView::id);
        Map<String, GoalView> after = byId(now.goals(), GoalView::id);
        List<GoalEntry> added = after.values().stream().filter(g -> !before.containsKey(g.id())).map(Differ::entry).toList();
        List<GoalEntry> removed = before.values().stream().filter(g -> !after.containsKey(g.id())).map(Differ::entry).toList();
        List<GoalChange> changed = new ArrayList<>();
        after.values().stream().filter(g -> before.containsKey(g.id())).forEach(goal -> {
            List<FieldChange> fields = changes(before.get(goal.id()), goal, Set.of("id", "indicators"));
            if (!fields.isEmpty()) {
                changed.add(new GoalChange(goal.id(), goal.number(), fields));
            }
        });
        return new GoalChanges(added, removed, changed);
    }

    private static IndicatorChanges indicators(FormView old, FormView now) {
        Map<String, IndicatorEntry> before = indicatorsById(old);
        Map<String, IndicatorEntry> after = indicatorsById(now);
        List<IndicatorEntry> added = after.values().stream().filter(i -> !before.containsKey(i.id())).toList();
        List<IndicatorEntry> removed = before.values().stream().filter(i -> !after.containsKey(i.id())).toList();
        List<IndicatorChange> changed = new ArrayList<>();
        after.values().stream().filter(i -> before.containsKey(i.id())).forEach(indicator -> {
            List<FieldChange> fields = changes(before.get(indicator.id()), indicator, Set.of("id"));
            if (!fields.isEmpty()) {
                changed.add(new IndicatorChange(indicator.id(), indicator.goalId(), fields));
            }
        });
        return new IndicatorChanges(added, removed, changed);
    }

    private static GoalEntry entry(GoalView goal) {
        return new GoalEntry(goal.id(), goal.number(), goal.description());
    }

    private static Map<String, IndicatorEntry> indicatorsById(FormView form) {
        Map<String, IndicatorEntry> map = new LinkedHashMap<>();
        for (GoalView goal : form.goals()) {
            for (IndicatorView i : goal.indicators()) {
                map.put(i.id(), new IndicatorEntry(i.id(), goal.id(), i.level1(), i.level2(), i.name(), i.target(),
                        i.core(), i.basis(), i.lastYearValue()));
            }
        }
        return map;
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        list.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    /** Field changes between two views of the same type, by flattened JSON path, in the order of the view. */
    private static List<FieldChange> changes(Object old, Object now, Set<String> skipped) {
        Map<String, Object> before = flatten(old, skipped);
        Map<String, Object> after = flatten(now, skipped);
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((path, value) -> {
            if (!Objects.equals(before.get(path), value)) {
                changes.add(new FieldChange(path, before.get(path), value));
            }
        });
        before.forEach((path, value) -> {
            if (!after.containsKey(path)) {
                changes.add(new FieldChange(path, value, null));
            }
        });
        return changes;
    }

    private static Map<String, Object> flatten(Object view, Set<String> skipped) {
        Map<String, Object> flat = new LinkedHashMap<>();
        if (view != null) {
            BsonViews.toDocument(view).forEach((key, value) -> {
                if (!skipped.contains(key)) {
                    flatten(key, value, flat);
                }
            });
        }
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((key, inner) -> flatten(path + "." + key, inner, flat));
        } else {
            flat.put(path, value);
        }
    }
}
