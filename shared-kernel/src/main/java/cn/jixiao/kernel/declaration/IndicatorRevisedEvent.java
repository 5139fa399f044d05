package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** An indicator was changed. */
@Revision("1")
public record IndicatorRevisedEvent(DeclarationId declarationId, GoalId goalId, IndicatorId indicatorId, Level1 level1, Level2 level2, String name, TargetValue target) implements DeclarationEvent {
}
