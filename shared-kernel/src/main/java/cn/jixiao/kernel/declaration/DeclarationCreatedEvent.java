package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** A filer opened the declaration of a unit for a year. */
@Revision("1")
public record DeclarationCreatedEvent(DeclarationId declarationId, int year, DeclarationKind kind, Edition edition, Unit unit, String filingUnit, String leader, PersonRef filer) implements DeclarationEvent {
}
