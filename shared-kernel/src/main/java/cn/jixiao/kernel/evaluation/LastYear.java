package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationState;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;
import org.axonframework.eventhandling.EventMessage;

import java.util.Iterator;
import java.util.function.Function;

/**
 * What last year says about a form: the targets of the previous declaration's last approval (for a project, of the
 * same project code), with the actual results of its passed self-evaluation beside them. Both streams are found by
 * their name-based ids and folded by the kernel's own folds, so the command side's submission and the query side's
 * validation preview read last year the same way.
 */
public final class LastYear {

    private LastYear() {
    }

    /** {@code stream}: the events of the stream of that id, oldest first (empty when there is none). */
    public static PreviousTargets of(DeclarationForm form, Function<String, Iterator<? extends EventMessage<?>>> stream) {
        return form.previousYearId().map(previous -> {
            DeclarationState last = DeclarationState.replay(stream.apply(previous.value()));
            if (last == null) {
                return PreviousTargets.NONE;
            }
            EvaluationState evaluation = EvaluationState.replay(stream.apply(EvaluationId.forDeclaration(previous).value()));
            PreviousTargets targets = last.life().approvedTargets();
            return evaluation == null ? targets : targets.withActualResults(evaluation.passedActuals());
        }).orElse(PreviousTargets.NONE);
    }
}
