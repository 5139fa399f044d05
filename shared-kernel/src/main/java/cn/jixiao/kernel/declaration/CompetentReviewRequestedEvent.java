package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/**
 * The submission just made goes to the competent department (主管部门) first: appended with the
 * {@link DeclarationSubmittedEvent} of a project form whose tenant keeps that stage. A new event rather than a
 * field of the submission, so stored submissions (and the audit leaves computed from them) stay as they are.
 * {@code department} is the competent department's unit code as the register knows it (null: not registered).
 */
@Revision("1")
public record CompetentReviewRequestedEvent(DeclarationId declarationId, String department) implements DeclarationEvent {
}
