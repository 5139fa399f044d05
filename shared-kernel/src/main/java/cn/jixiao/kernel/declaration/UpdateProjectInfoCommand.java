package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Save a project form's project section; its code is the one the form was opened with. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record UpdateProjectInfoCommand(@TargetAggregateIdentifier DeclarationId declarationId, ProjectInfo info,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
