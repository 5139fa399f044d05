package cn.jixiao.kernel.declaration.rules;

import cn.jixiao.kernel.declaration.TargetValue;

import java.util.Optional;

/** The same unit's approved targets of the previous year, matched by indicator name (query-side supplies them). */
@FunctionalInterface
public interface PreviousTargets {

    /** No previous year known: the "weaker than last year" rule stays silent. */
    PreviousTargets NONE = indicatorName -> Optional.empty();

    Optional<TargetValue> approvedTarget(String indicatorName);
}
