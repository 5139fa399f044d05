package cn.jixiao.query.rebuild;

import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.query.Projector;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;

/**
 * A projector keeping one state per declaration that remembers the sequence number of the last event applied to it.
 *
 * <p>An event at or below that number was applied already: replays and redeliveries change nothing. The next one
 * is applied. One further on means this generation missed events (it is being filled by a rebuild while the live
 * processor writes to it too): the missing ones are read from the event store and applied first. Writes
 * compare-and-set the sequence number, and a writer that lost the race reads again, so the live processor and a
 * rebuild may write the same document in any order and leave the same result.
 *
 * @param <S> the state of one declaration; null where there is none yet
 */
public abstract class SequencedProjector<S> implements Projector {

    private static final int ATTEMPTS = 10;

    /** Where the states are kept, one per declaration. */
    public interface Store<S> {

        /** Null when the declaration has none yet. */
        S find(String declarationId);

        long seq(S state);

        /** Compare-and-set: writes {@code next} only if the stored state is still {@code previous}. */
        boolean save(S next, S previous);
    }

    /** Null in tests that feed every event in order; then a gap is left to a replay. */
    private final EventStore eventStore;
    private final Store<S> store;

    protected SequencedProjector(EventStore eventStore, Store<S> store) {
        this.eventStore = eventStore;
        this.store = store;
    }

    protected abstract S started(DeclarationCreatedEvent event, DomainEventMessage<?> message);

    protected abstract S applied(S state, DeclarationEvent event, DomainEventMessage<?> message);

    /** After a successful write. */
    protected void saved(S next, S previous) {
    }

    @Override
    public final void handle(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain && domain.getPayload() instanceof DeclarationEvent event) {
            project(event.declarationId().value(), domain);
        }
    }

    private void project(String id, DomainEventMessage<?> event) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            S current = store.find(id);
            long last = current == null ? -1 : store.seq(current);
            if (event.getSequenceNumber() <= last) {
                return;
            }
            S next = current;
            for (DomainEventMessage<?> each : through(id, last, event)) {
                next = step(next, each);
            }
            if (next == null || next == current) {
                return;
            }
            if (store.save(next, current)) {
                saved(next, current);
                return;
            }
        }
        throw new IllegalStateException("读模型持续写入冲突：申报表 " + id + " 的事件 " + event.getSequenceNumber() + " 未能投影");
    }

    private S step(S state, DomainEventMessage<?> message) {
        if (!(message.getPayload() instanceof DeclarationEvent event)) {
            return state;
        }
        if (state == null) {
            // a stream is only ever started by its created event
            return event instanceof DeclarationCreatedEvent created ? started(created, message) : null;
        }
        return applied(state, event, message);
    }

    /** The events after {@code last} up to {@code event}: {@code event} alone when it is the next one. */
    private List<DomainEventMessage<?>> through(String id, long last, DomainEventMessage<?> event) {
        if (event.getSequenceNumber() == last + 1) {
            return List.of(event);
        }
        List<DomainEventMessage<?>> missing = new ArrayList<>();
        if (eventStore == null) {
            return missing;
        }
        DomainEventStream stream = eventStore.readEvents(id, last + 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> each = stream.next();
            if (each.getSequenceNumber() > event.getSequenceNumber()) {
                break;
            }
            missing.add(each);
        }
        return missing;
    }
}
