package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change the overall statement of the goals. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record UpdateOverallGoalCommand(@TargetAggregateIdentifier DeclarationId declarationId, String text,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
