package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change the header and basic information. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record UpdateBasicInfoCommand(@TargetAggregateIdentifier DeclarationId declarationId, String filingUnit, String leader, Contact contact, Staffing staffing,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
