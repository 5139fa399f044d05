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

    static PreviousTargets targets(FormStore forms, FormView form) {
        String previous = DeclarationId.forUnit(form.unit().code(), form.year() - 1, form.kind()).value();
        return forms.find(previous)
                .filter(last -> last.status() == DeclarationStatus.APPROVED)
                .map(last -> byName(FormState.of(last)))
                .orElse(PreviousTargets.NONE);
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
