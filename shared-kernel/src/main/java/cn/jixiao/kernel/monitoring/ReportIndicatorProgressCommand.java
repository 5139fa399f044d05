package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.TargetValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Report an indicator's progress, forecast and outlook, and, when it lags, the cause and the action planned. */
public record ReportIndicatorProgressCommand(@TargetAggregateIdentifier MonitoringFormId formId, IndicatorId indicatorId, TargetValue progress, TargetValue forecast, Outlook outlook, DeviationCause cause, String explanation, String action, PersonRef filer, @TargetAggregateVersion Long expectedVersion) implements MonitoringCommand {
}
