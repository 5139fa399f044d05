package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** The competent department (主管部门) passed a project form on to the bureau's business section. */
@Revision("1")
public record CompetentReviewPassedEvent(DeclarationId declarationId, String opinion, PersonRef reviewer) implements DeclarationEvent {
}
