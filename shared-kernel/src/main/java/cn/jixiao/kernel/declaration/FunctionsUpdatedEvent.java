package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** 部门职能 was changed. */
@Revision("1")
public record FunctionsUpdatedEvent(DeclarationId declarationId, String text) implements DeclarationEvent {
}
