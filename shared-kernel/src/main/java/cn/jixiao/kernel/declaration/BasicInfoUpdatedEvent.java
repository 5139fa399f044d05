package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** The header and basic information were changed. */
@Revision("1")
public record BasicInfoUpdatedEvent(DeclarationId declarationId, String filingUnit, String leader, Contact contact, Staffing staffing) implements DeclarationEvent {
}
