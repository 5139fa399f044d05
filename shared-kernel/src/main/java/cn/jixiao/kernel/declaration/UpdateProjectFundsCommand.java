package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Save a project's funds. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record UpdateProjectFundsCommand(@TargetAggregateIdentifier DeclarationId declarationId, ProjectFunds funds,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
