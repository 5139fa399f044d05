package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Mark a project indicator core or not, with how its value was set and last year's value. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record SetIndicatorDetailsCommand(@TargetAggregateIdentifier DeclarationId declarationId, GoalId goalId, IndicatorId indicatorId, boolean core, ValueBasis basis,
                 String lastYearValue,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
