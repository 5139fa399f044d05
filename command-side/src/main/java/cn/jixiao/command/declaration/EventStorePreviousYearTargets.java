package cn.jixiao.command.declaration;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationState;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads last year's declaration of the same unit (for a project: of the same project code) from the tenant's own event store and folds it with the kernel's
 * {@link DeclarationState}: the targets in force are those of its last approval (an adjustment in progress does
 * not count until it is approved again). The id is name-based, so no read model (and no dependency on the query
 * side) is needed to find it.
 */
public final class EventStorePreviousYearTargets implements PreviousYearTargets {

    private final EventStore eventStore;

    public EventStorePreviousYearTargets(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public PreviousTargets before(DeclarationForm form) {
        return form.previousYearId()
                .map(previous -> DeclarationState.replay(eventStore.readEvents(previous.value(), 0)))
                .map(last -> last.life().approvedTargets())
                .orElse(PreviousTargets.NONE);
    }
}
