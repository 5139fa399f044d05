/**
 * Mid-year monitoring on the command side: the {@link cn.jixiao.command.monitoring.MonitoringRound} and
 * {@link cn.jixiao.command.monitoring.Monitoring} (form) aggregates, the opening of a round over the year's
 * approved declarations, and the adjustment started from a red light through the declaration's own command.
 */
package cn.jixiao.command.monitoring;
