package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** The project's basis, necessity, feasibility and implementation plan were saved. */
@Revision("1")
public record ProjectRationaleUpdatedEvent(DeclarationId declarationId, ProjectRationale rationale) implements DeclarationEvent {
}
