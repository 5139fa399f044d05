package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change 其他需要说明的问题. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record UpdateNotesCommand(@TargetAggregateIdentifier DeclarationId declarationId, String text,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
