package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.DeclarationEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Folds a declaration's events straight from the event store, from sequence 0: snapshots are the aggregate's
 * business and are ignored here, so any past point can be rebuilt. Used for time travel and by the projection
 * to fill a gap it finds.
 */
public final class FormHistory {

    private final EventStore eventStore;

    public FormHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The form after its first {@code version} events; empty when the declaration has fewer (or none). */
    public Optional<FormState> asOfVersion(String declarationId, long version) {
        return fold(declarationId, event -> event.getSequenceNumber() < version, (state, event) -> { })
                .filter(state -> state.version() == version);
    }

    /** The form as it was at {@code instant}; empty when it did not exist yet. */
    public Optional<FormState> asOf(String declarationId, Instant instant) {
        return fold(declarationId, event -> !event.getTimestamp().isAfter(instant), (state, event) -> { });
    }

    /**
     * Folds events in stream order while {@code within} holds, calling {@code afterEach} with the state after each.
     * Empty when no event qualifies.
     */
    Optional<FormState> fold(String declarationId, Predicate<DomainEventMessage<?>> within,
                             BiConsumer<FormState, DomainEventMessage<?>> afterEach) {
        DomainEventStream stream = eventStore.readEvents(declarationId, 0L);
        FormState state = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!within.test(event)) {
                break;
            }
            if (event.getPayload() instanceof DeclarationEvent) {
                state = FormState.fold(state, event);
                afterEach.accept(state, event);
            }
        }
        return Optional.ofNullable(state);
    }
}
