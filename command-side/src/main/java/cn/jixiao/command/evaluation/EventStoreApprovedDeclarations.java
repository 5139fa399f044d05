package cn.jixiao.command.evaluation;

import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationState;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Optional;

/** Folds the declaration's stream of the tenant's own event store with the kernel's {@link DeclarationState}. */
public final class EventStoreApprovedDeclarations implements ApprovedDeclarations {

    private final EventStore eventStore;

    public EventStoreApprovedDeclarations(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<DeclarationState> of(DeclarationId declarationId) {
        return Optional.ofNullable(DeclarationState.replay(eventStore.readEvents(declarationId.value(), 0)));
    }
}
