package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** The unit submitted its monitoring form to the performance section. */
@Revision("1")
public record MonitoringFormSubmittedEvent(MonitoringFormId formId, PersonRef submitter) implements MonitoringEvent {
}
