package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** A reviewer returned the declaration for revision, with an opinion. */
@Revision("1")
public record DeclarationReturnedEvent(DeclarationId declarationId, ReviewStage stage, String opinion, PersonRef reviewer) implements DeclarationEvent {
}
