package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** An indicator was removed from its goal. */
@Revision("1")
public record IndicatorRemovedEvent(DeclarationId declarationId, GoalId goalId, IndicatorId indicatorId) implements DeclarationEvent {
}
