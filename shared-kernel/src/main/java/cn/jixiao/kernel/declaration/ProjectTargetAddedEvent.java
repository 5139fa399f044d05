package cn.jixiao.kernel.declaration;

import org.axonframework.serialization.Revision;

/** A project target (总目标 or 年度目标) was added as a goal at the end; its indicators are added as any goal's. */
@Revision("1")
public record ProjectTargetAddedEvent(DeclarationId declarationId, GoalId goalId, TargetTerm term, String description) implements DeclarationEvent {
}
