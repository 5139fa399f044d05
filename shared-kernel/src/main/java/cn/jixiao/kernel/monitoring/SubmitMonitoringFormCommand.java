package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Submit the monitoring form to the performance section. */
public record SubmitMonitoringFormCommand(@TargetAggregateIdentifier MonitoringFormId formId, PersonRef submitter, @TargetAggregateVersion Long expectedVersion) implements MonitoringCommand {
}
