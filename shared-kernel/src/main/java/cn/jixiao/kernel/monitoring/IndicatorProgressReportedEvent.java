package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.TargetValue;
import org.axonframework.serialization.Revision;

/** The unit reported an indicator's progress at the cut-off, its full-year forecast, whether it will be met and, when it lags, why and what it will do. */
@Revision("1")
public record IndicatorProgressReportedEvent(MonitoringFormId formId, IndicatorId indicatorId, TargetValue progress, TargetValue forecast, Outlook outlook, DeviationCause cause, String explanation, String action, PersonRef filer) implements MonitoringEvent {
}
