package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record an imported past form as approved on paper. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record RecordApprovedOnPaperCommand(@TargetAggregateIdentifier DeclarationId declarationId, String note, PersonRef recordedBy,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
