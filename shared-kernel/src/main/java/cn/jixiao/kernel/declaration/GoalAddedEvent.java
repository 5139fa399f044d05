package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** A numbered goal was added at the end. */
@Revision("1")
public record GoalAddedEvent(DeclarationId declarationId, GoalId goalId, String description) implements DeclarationEvent {
}
