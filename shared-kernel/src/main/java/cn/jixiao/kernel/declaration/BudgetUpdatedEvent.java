package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** The income, expenditure and three-public budgets were changed. */
@Revision("1")
public record BudgetUpdatedEvent(DeclarationId declarationId, Income income, Expenditure expenditure, ThreePublic threePublic) implements DeclarationEvent {
}
