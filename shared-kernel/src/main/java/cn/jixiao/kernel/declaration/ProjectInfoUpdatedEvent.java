package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** The project section (name, code, attribute, departments, responsible person, period) was saved. */
@Revision("1")
public record ProjectInfoUpdatedEvent(DeclarationId declarationId, ProjectInfo info) implements DeclarationEvent {
}
