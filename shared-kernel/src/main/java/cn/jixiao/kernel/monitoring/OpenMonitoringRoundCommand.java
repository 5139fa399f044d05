package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;

import java.time.LocalDate;

/** Open the monitoring round of a year as of its cut-off: every unit whose declaration of that year is approved gets a form. Handled outside any aggregate, so the round and all its forms are appended together or not at all. */
public record OpenMonitoringRoundCommand(MonitoringRoundId roundId, int year, int number, LocalDate cutOff, LightThresholds thresholds, PersonRef openedBy) {
}
