package cn.jixiao.command.register;

import cn.jixiao.kernel.register.RegisterEvent;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.RegisterState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The register folded from the tenant's own event store, like the aggregate folds it, so a check on a
 * declaration sees every register change committed before it (no read model lag, no dependency on the query
 * side). The fold is kept and only the events appended since are read: one small query per check.
 */
public final class EventStoreRegister implements TenantRegister {

    private final EventStore eventStore;
    private RegisterState state = RegisterState.EMPTY;
    private long nextSequence;

    public EventStoreRegister(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public synchronized RegisterState current() {
        DomainEventStream stream = eventStore.readEvents(RegisterId.OF_TENANT.value(), nextSequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getSequenceNumber() >= nextSequence && message.getPayload() instanceof RegisterEvent event) {
                state = state.apply(event);
                nextSequence = message.getSequenceNumber() + 1;
            }
        }
        return state;
    }
}
