package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Amount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Report the amount spent by the cut-off and the measures against a gap. */
public record ReportBudgetExecutionCommand(@TargetAggregateIdentifier MonitoringFormId formId, Amount spent, String measures, PersonRef filer, @TargetAggregateVersion Long expectedVersion) implements MonitoringCommand {
}
