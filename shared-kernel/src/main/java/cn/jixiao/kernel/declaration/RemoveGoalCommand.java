package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Remove a goal with its indicators. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record RemoveGoalCommand(@TargetAggregateIdentifier DeclarationId declarationId, GoalId goalId,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
