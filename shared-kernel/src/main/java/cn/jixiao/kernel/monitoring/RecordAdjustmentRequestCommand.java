package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record on the form that its red light led to an adjustment of the declaration (sent by the adjustment path together with the declaration's StartAdjustmentCommand). */
public record RecordAdjustmentRequestCommand(@TargetAggregateIdentifier MonitoringFormId formId, String reason, PersonRef filer) implements MonitoringCommand {
}
