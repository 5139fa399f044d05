package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;

/**
 * One row of the monitoring table: the approved indicator (read-only) and what the unit reported on it. The
 * reported fields are null until reported.
 */
public record MonitoredIndicator(GoalId goalId, String goal, IndicatorId indicatorId, Level1 level1, Level2 level2,
                                 String name, TargetValue target, TargetValue progress, TargetValue forecast,
                                 Outlook outlook, DeviationCause cause, String explanation, String action) {

    static MonitoredIndicator planned(PlannedIndicator planned) {
        return new MonitoredIndicator(planned.goalId(), planned.goal(), planned.indicatorId(), planned.level1(),
                planned.level2(), planned.name(), planned.target(), null, null, null, null, "", "");
    }

    MonitoredIndicator reported(IndicatorProgressReportedEvent e) {
        return new MonitoredIndicator(goalId, goal, indicatorId, level1, level2, name, target, e.progress(),
                e.forecast(), e.outlook(), e.cause(), text(e.explanation()), text(e.action()));
    }

    /** The light of this row as of the cut-off; see {@link MonitoringLights#indicator}. */
    public Light light(MonitoringForm form) {
        return MonitoringLights.indicator(target, progress, outlook, form.timeElapsed(), form.thresholds());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
