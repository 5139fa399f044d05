package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Submit for review; refused while the form has errors. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record SubmitDeclarationCommand(@TargetAggregateIdentifier DeclarationId declarationId, PersonRef filer,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
