package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.DeclarationId;

/**
 * Acting on a red light: start an adjustment of the declaration monitored in a round, with its reason, through the
 * declaration's own StartAdjustmentCommand. {@code expectedDeclarationVersion} is the declaration's, from If-Match.
 */
public record RequestAdjustmentCommand(MonitoringRoundId roundId, DeclarationId declarationId, String reason,
                                       PersonRef filer, Long expectedDeclarationVersion) {

    public MonitoringFormId formId() {
        return MonitoringFormId.of(roundId, declarationId);
    }
}
