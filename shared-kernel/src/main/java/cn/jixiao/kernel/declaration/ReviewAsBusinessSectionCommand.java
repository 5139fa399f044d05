package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The business section's first review: PASS or RETURN (RETURN needs an opinion). {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record ReviewAsBusinessSectionCommand(@TargetAggregateIdentifier DeclarationId declarationId, ReviewDecision decision, String opinion, PersonRef reviewer,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
