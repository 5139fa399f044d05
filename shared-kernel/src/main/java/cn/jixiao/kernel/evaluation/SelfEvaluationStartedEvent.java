package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Unit;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The unit started its self-evaluation on the declaration's approved revision {@code revision} (its version
 * {@code declarationVersion}): every indicator of that revision, ids kept, and the year's budget (支出合计).
 */
@Revision("1")
public record SelfEvaluationStartedEvent(EvaluationId evaluationId, DeclarationId declarationId, int year, Unit unit,
                                         int revision, long declarationVersion, List<EvaluationLine> lines,
                                         Amount budget, Weights weights, PersonRef filer) implements SelfEvaluationEvent {
}
