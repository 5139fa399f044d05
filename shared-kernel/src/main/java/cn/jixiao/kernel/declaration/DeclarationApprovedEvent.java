package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** The performance section approved (批复) the declaration. */
@Revision("1")
public record DeclarationApprovedEvent(DeclarationId declarationId, String opinion, PersonRef reviewer) implements DeclarationEvent {
}
