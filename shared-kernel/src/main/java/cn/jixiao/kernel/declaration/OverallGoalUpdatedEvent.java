package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** The overall statement of the annual goals was changed. */
@Revision("1")
public record OverallGoalUpdatedEvent(DeclarationId declarationId, String text) implements DeclarationEvent {
}
