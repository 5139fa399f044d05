package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** The business section passed the declaration on to the performance section. */
@Revision("1")
public record BusinessReviewPassedEvent(DeclarationId declarationId, String opinion, PersonRef reviewer) implements DeclarationEvent {
}
