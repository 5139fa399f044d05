package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;

/** An indicator as approved: its goal, its id (kept from the declaration), its place and its annual target. */
public record PlannedIndicator(GoalId goalId, String goal, IndicatorId indicatorId, Level1 level1, Level2 level2,
                               String name, TargetValue target) {
}
