package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.DeclarationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start the self-evaluation of an approved declaration; its id is {@link EvaluationId#forDeclaration}. */
public record StartSelfEvaluationCommand(@TargetAggregateIdentifier EvaluationId evaluationId,
                                         DeclarationId declarationId, PersonRef filer) {
}
