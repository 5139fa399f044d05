package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A past form that was approved on paper was recorded as approved (migration of past years). */
@Revision("1")
public record ApprovedOnPaperRecordedEvent(DeclarationId declarationId, String note, PersonRef recordedBy, Instant recordedAt) implements DeclarationEvent {
}
