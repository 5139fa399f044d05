package cn.jixiao.kernel.declaration.rules;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.TargetValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The same unit's approved targets of the previous year, matched by indicator name (for a project form, those of
 * the same project, by project code, its annual target's indicators before its medium-term ones), and the results
 * its passed self-evaluation recorded for them (实际完成值), matched the same way.
 */
@FunctionalInterface
public interface PreviousTargets {

    /** No previous year known: the "weaker than last year" rule stays silent. */
    PreviousTargets NONE = indicatorName -> Optional.empty();

    Optional<TargetValue> approvedTarget(String indicatorName);

    /** Last year's actual result of the indicator of that name; none before its self-evaluation is passed. */
    default Optional<TargetValue> actualResult(String indicatorName) {
        return Optional.empty();
    }

    /** These targets with last year's actual results beside them, by indicator name (blanks ignored). */
    default PreviousTargets withActualResults(Map<String, TargetValue> actualsByName) {
        PreviousTargets targets = this;
        Map<String, TargetValue> actuals = new HashMap<>();
        actualsByName.forEach((name, actual) -> actuals.putIfAbsent(name.strip(), actual));
        return new PreviousTargets() {
            @Override
            public Optional<TargetValue> approvedTarget(String indicatorName) {
                return targets.approvedTarget(indicatorName);
            }

            @Override
            public Optional<TargetValue> actualResult(String indicatorName) {
                return indicatorName == null ? Optional.empty() : Optional.ofNullable(actuals.get(indicatorName.strip()));
            }
        };
    }

    /**
     * The targets of an approved form by indicator name, surrounding blanks ignored on both sides (a form typed
     * again next year often differs only there); the first indicator of a name wins, as the form reads.
     */
    static PreviousTargets of(DeclarationForm approved) {
        Map<String, TargetValue> targets = new HashMap<>();
        for (Goal goal : annualFirst(approved)) {
            for (Indicator indicator : goal.indicators()) {
                if (indicator.name() != null && indicator.target() != null) {
                    targets.putIfAbsent(indicator.name().strip(), indicator.target());
                }
            }
        }
        return name -> name == null ? Optional.empty() : Optional.ofNullable(targets.get(name.strip()));
    }

    /** A project's annual target is what this year's annual target is compared with; its medium-term one second. */
    private static List<Goal> annualFirst(DeclarationForm form) {
        if (!form.hasProjectPart()) {
            return form.goals();
        }
        List<Goal> goals = new ArrayList<>(form.goals());
        goals.sort(Comparator.comparing((Goal goal) -> form.project().termOf(goal.id())
                .map(term -> term != TargetTerm.ANNUAL).orElse(true)));
        return goals;
    }
}
