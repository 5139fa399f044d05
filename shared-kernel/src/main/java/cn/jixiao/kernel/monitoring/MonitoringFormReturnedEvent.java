package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** The performance section returned the monitoring form with its opinion. */
@Revision("1")
public record MonitoringFormReturnedEvent(MonitoringFormId formId, String opinion, PersonRef reviewer) implements MonitoringEvent {
}
