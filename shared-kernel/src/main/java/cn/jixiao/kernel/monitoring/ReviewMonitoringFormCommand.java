package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The performance section returns the form with an opinion, or accepts it (final for the round). */
public record ReviewMonitoringFormCommand(@TargetAggregateIdentifier MonitoringFormId formId, MonitoringDecision decision, String opinion, PersonRef reviewer, @TargetAggregateVersion Long expectedVersion) implements MonitoringCommand {
}
