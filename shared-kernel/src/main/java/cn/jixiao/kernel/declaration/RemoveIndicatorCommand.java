package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Remove an indicator. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record RemoveIndicatorCommand(@TargetAggregateIdentifier DeclarationId declarationId, GoalId goalId, IndicatorId indicatorId,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
