package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Add an indicator under a project target with its project details. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record AddProjectIndicatorCommand(@TargetAggregateIdentifier DeclarationId declarationId, GoalId goalId, IndicatorId indicatorId, Level1 level1, Level2 level2, String name,
                 TargetValue target, boolean core, ValueBasis basis, String lastYearValue,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
