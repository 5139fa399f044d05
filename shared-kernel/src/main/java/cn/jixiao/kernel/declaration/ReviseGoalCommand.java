package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change a goal's sentence. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record ReviseGoalCommand(@TargetAggregateIdentifier DeclarationId declarationId, GoalId goalId, String description,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
