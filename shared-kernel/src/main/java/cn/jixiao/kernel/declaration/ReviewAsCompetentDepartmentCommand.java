package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The competent department's first review of a project form: PASS or RETURN (RETURN needs an opinion). {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record ReviewAsCompetentDepartmentCommand(@TargetAggregateIdentifier DeclarationId declarationId, ReviewDecision decision, String opinion, PersonRef reviewer,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
