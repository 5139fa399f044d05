package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** A goal's sentence was changed. */
@Revision("1")
public record GoalRevisedEvent(DeclarationId declarationId, GoalId goalId, String description) implements DeclarationEvent {
}
