package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;

/** Acting on a red light: start an adjustment of the form's declaration with its reason, through the declaration's own StartAdjustmentCommand. {@code expectedDeclarationVersion} is the declaration's, from If-Match. */
public record RequestAdjustmentCommand(MonitoringFormId formId, String reason, PersonRef filer, Long expectedDeclarationVersion) {
}
