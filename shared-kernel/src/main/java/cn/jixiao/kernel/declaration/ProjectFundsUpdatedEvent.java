package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** The project's funds were saved. */
@Revision("1")
public record ProjectFundsUpdatedEvent(DeclarationId declarationId, ProjectFunds funds) implements DeclarationEvent {
}
