package cn.jixiao.command.declaration;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;
import cn.jixiao.kernel.evaluation.LastYear;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads last year from the tenant's own event store through the kernel's {@link LastYear}: the targets of the
 * previous declaration's last approval (an adjustment in progress does not count until it is approved again), with
 * the actual results of its passed self-evaluation beside them. Both ids are name-based, so no read model (and no
 * dependency on the query side) is needed to find them.
 */
public final class EventStorePreviousYearTargets implements PreviousYearTargets {

    private final EventStore eventStore;

    public EventStorePreviousYearTargets(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public PreviousTargets before(DeclarationForm form) {
        return LastYear.of(form, id -> eventStore.readEvents(id, 0));
    }
}
