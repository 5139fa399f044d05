package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Save a project's basis, necessity, feasibility and implementation plan. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record UpdateProjectRationaleCommand(@TargetAggregateIdentifier DeclarationId declarationId, ProjectRationale rationale,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
