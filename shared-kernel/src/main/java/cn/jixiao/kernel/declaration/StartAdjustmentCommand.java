package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reopen an approved declaration for adjustment, with a reason. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record StartAdjustmentCommand(@TargetAggregateIdentifier DeclarationId declarationId, String reason, PersonRef filer,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
