package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The same unit's approved targets of the previous year, for the "weaker than last year" warning. */
final class PreviousYear {

    private PreviousYear() {
    }

    static PreviousTargets targets(FormStore forms, RevisionStore revisions, FormView form) {
        String previous = DeclarationId.forUnit(form.unit().code(), form.year() - 1, form.kind()).value();
        return forms.find(previous)
                .flatMap(last -> approved(last, revisions))
                .map(approved -> byName(FormState.of(approved)))
                .orElse(PreviousTargets.NONE);
    }

    /**
     * The approved form: the current one once approved; while an adjustment is open, the last submitted revision
     * (the one that was approved), not the targets being edited.
     */
    private static Optional<FormView> approved(FormView last, RevisionStore revisions) {
        if (last.status() == DeclarationStatus.APPROVED) {
            return Optional.of(last);
        }
        if (last.status() == DeclarationStatus.ADJUSTING && last.revision() > 0) {
            return revisions.find(last.id(), last.revision()).map(RevisionView::form);
        }
        return Optional.empty();
    }

    /** Matched by indicator name; the first indicator of a name wins, as the form reads. */
    private static PreviousTargets byName(FormState approved) {
        Map<String, TargetValue> targets = new LinkedHashMap<>();
        for (Goal goal : approved.form().goals()) {
            for (Indicator indicator : goal.indicators()) {
                if (indicator.target() != null) {
                    targets.putIfAbsent(indicator.name(), indicator.target());
                }
            }
        }
        return name -> Optional.ofNullable(targets.get(name));
    }
}
