package cn.jixiao.kernel.monitoring;

/** Every fact about a monitoring round. */
public sealed interface MonitoringRoundEvent permits MonitoringRoundOpenedEvent {

    MonitoringRoundId roundId();
}
