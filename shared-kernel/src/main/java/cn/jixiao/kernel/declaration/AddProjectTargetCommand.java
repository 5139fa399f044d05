package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Add the project's 总目标 or 年度目标 (one of each). {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record AddProjectTargetCommand(@TargetAggregateIdentifier DeclarationId declarationId, GoalId goalId, TargetTerm term, String description,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
