package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.DeclarationId;
import org.axonframework.serialization.Revision;

/** Acting on a red light, the unit started an adjustment of its declaration with this reason (the declaration records its own AdjustmentStartedEvent beside it). */
@Revision("1")
public record AdjustmentRequestedEvent(MonitoringFormId formId, DeclarationId declarationId, String reason, PersonRef filer) implements MonitoringEvent {
}
