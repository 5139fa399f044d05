package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change 部门职能. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record UpdateFunctionsCommand(@TargetAggregateIdentifier DeclarationId declarationId, String text,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
