package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Amount;
import org.axonframework.serialization.Revision;

/** The unit reported the amount spent by the cut-off and what it will do about a gap in execution. */
@Revision("1")
public record BudgetExecutionReportedEvent(MonitoringFormId formId, Amount spent, String measures, PersonRef filer) implements MonitoringEvent {
}
