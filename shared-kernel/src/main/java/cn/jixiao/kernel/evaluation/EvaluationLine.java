package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Indicator;

/** One indicator of the approved revision (ids kept) with what the unit recorded for it. */
public record EvaluationLine(GoalId goalId, Indicator indicator, IndicatorResult result) {

    public EvaluationLine {
        result = result == null ? IndicatorResult.NONE : result;
    }

    EvaluationLine with(IndicatorResult recorded) {
        return new EvaluationLine(goalId, indicator, recorded);
    }

    public String key() {
        return indicator.id().value();
    }
}
