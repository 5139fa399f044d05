package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The performance section returns the declaration, with an opinion. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record ReturnDeclarationCommand(@TargetAggregateIdentifier DeclarationId declarationId, String opinion, PersonRef reviewer,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
