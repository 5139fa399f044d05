package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** The performance section accepted the monitoring form: final for the round. */
@Revision("1")
public record MonitoringFormAcceptedEvent(MonitoringFormId formId, String opinion, PersonRef reviewer) implements MonitoringEvent {
}
