package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** A goal and its indicators were removed; later goals move up one number. */
@Revision("1")
public record GoalRemovedEvent(DeclarationId declarationId, GoalId goalId) implements DeclarationEvent {
}
