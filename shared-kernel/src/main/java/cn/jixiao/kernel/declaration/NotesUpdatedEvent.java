package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** 其他需要说明的问题 was changed. */
@Revision("1")
public record NotesUpdatedEvent(DeclarationId declarationId, String text) implements DeclarationEvent {
}
