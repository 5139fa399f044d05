package cn.jixiao.command.declaration;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationState;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;
import cn.jixiao.kernel.evaluation.EvaluationId;
import cn.jixiao.kernel.evaluation.EvaluationState;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads last year's declaration of the same unit from the tenant's own event store and folds it with the kernel's
 * {@link DeclarationState}: the targets in force are those of its last approval (an adjustment in progress does
 * not count until it is approved again), with the actual results of that declaration's passed self-evaluation
 * beside them. Both ids are name-based, so no read model (and no dependency on the query
 * side) is needed to find it.
 */
public final class EventStorePreviousYearTargets implements PreviousYearTargets {

    private final EventStore eventStore;

    public EventStorePreviousYearTargets(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public PreviousTargets before(DeclarationForm form) {
        if (form.unit() == null || form.unit().code() == null) {
            return PreviousTargets.NONE;
        }
        DeclarationId previous = DeclarationId.forUnit(form.unit().code(), form.year() - 1, form.kind());
        DeclarationState last = DeclarationState.replay(eventStore.readEvents(previous.value(), 0));
        if (last == null) {
            return PreviousTargets.NONE;
        }
        EvaluationState evaluation = EvaluationState.replay(
                eventStore.readEvents(EvaluationId.forDeclaration(previous).value(), 0));
        PreviousTargets targets = last.life().approvedTargets();
        return evaluation == null ? targets : targets.withActualResults(evaluation.passedActuals());
    }
}
