package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** A project indicator was marked core or not, with how its value was set and last year's value. */
@Revision("1")
public record IndicatorDetailsSetEvent(DeclarationId declarationId, GoalId goalId, IndicatorId indicatorId, boolean core, ValueBasis basis, String lastYearValue) implements DeclarationEvent {
}
