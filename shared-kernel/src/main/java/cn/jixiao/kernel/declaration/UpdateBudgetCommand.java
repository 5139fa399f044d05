package cn.jixiao.kernel.declaration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replace the three budget tables. {@code expectedVersion} (from If-Match) is null when the client does not ask for a check. */
public record UpdateBudgetCommand(@TargetAggregateIdentifier DeclarationId declarationId, Income income, Expenditure expenditure, ThreePublic threePublic,
                 @TargetAggregateVersion Long expectedVersion) implements DeclarationCommand {
}
