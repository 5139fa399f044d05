package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;

import java.time.Instant;

/** A decision of the performance section on a monitoring form, with its opinion. */
public record MonitoringReview(MonitoringDecision decision, String opinion, PersonRef reviewer, Instant at) {
}
