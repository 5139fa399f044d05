/**
 * Mid-year monitoring (绩效运行监控, 财预〔2019〕136号): a round opened by the performance section for a year as of
 * a cut-off date, and per approved declaration a monitoring form on the very same indicators (ids kept): progress
 * beside the annual target, forecast, outlook, deviation cause and action, budget execution beside the time
 * elapsed, and the lights ({@link cn.jixiao.kernel.monitoring.MonitoringLights}). {@link
 * cn.jixiao.kernel.monitoring.MonitoringForm} is the one fold; {@link cn.jixiao.kernel.monitoring.MonitoringRules}
 * the rules with their codes.
 */
package cn.jixiao.kernel.monitoring;
