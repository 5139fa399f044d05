package cn.jixiao.query.projection;

import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one projection idiom of the read side: a state per declaration that remembers the sequence number of the
 * last event applied to it, folded batch by batch.
 *
 * <p>A batch is grouped by declaration; the states it touches are read with one key-served query, each is folded
 * with its events of the batch and written once, by compare-and-set on its sequence number. An event at or below
 * that number was applied already: replays and redeliveries change nothing. One further on than the next means this
 * generation missed events (it is being filled by a rebuild while the live processor writes to it too): the missing
 * ones are read from the event store and applied first. A writer that lost the race reads again and folds again, so
 * the live processor and a rebuild may write the same document in any order and leave the same result.
 *
 * @param <S> the state of one declaration
 */
public abstract class DeclarationWriter<S> implements ReadModelWriter {

    private static final int ATTEMPTS = 10;

    /** Where the states are kept, one per declaration. */
    public interface Store<S> {

        /** The stored states of these declarations, by id; those without one are absent. */
        Map<String, S> find(Collection<String> declarationIds);

        /** The sequence number of the last event applied to {@code state}. */
        long seq(S state);

        /** Compare-and-set: writes {@code next} only if the stored state is still {@code previous} (null: none). */
        boolean save(S next, S previous);
    }

    /** One declaration after a batch: {@code after} is {@code before} when the batch brought it nothing new. */
    public record Written<S>(String declarationId, S before, S after) {

        public boolean changed() {
            return before != after;
        }
    }

    /** Null in tests that feed every event in order; then a gap is left to a replay. */
    private final EventStore eventStore;
    private final Store<S> store;

    protected DeclarationWriter(EventStore eventStore, Store<S> store) {
        this.eventStore = eventStore;
        this.store = store;
    }

    protected abstract S started(DeclarationCreatedEvent event, DomainEventMessage<?> message);

    protected abstract S applied(S state, DeclarationEvent event, DomainEventMessage<?> message);

    /**
     * Whether the state follows this event. A writer that follows only some events (the comparison follows
     * approvals) sees gaps in the sequence numbers as a matter of course and never fills them.
     */
    protected boolean follows(DeclarationEvent event) {
        return true;
    }

    /** Whether every event of a declaration is applied, so that a jump in sequence numbers means missed events. */
    protected boolean followsEveryEvent() {
        return true;
    }

    /** After the batch's states were written, with every declaration the batch touched (changed or not). */
    protected void written(List<Written<S>> declarations) {
    }

    protected final EventStore eventStore() {
        return eventStore;
    }

    @Override
    public final void write(List<? extends EventMessage<?>> batch) {
        Map<String, List<DomainEventMessage<?>>> byDeclaration = byDeclaration(batch);
        if (byDeclaration.isEmpty()) {
            return;
        }
        Map<String, S> stored = store.find(byDeclaration.keySet());
        List<Written<S>> written = new ArrayList<>(byDeclaration.size());
        byDeclaration.forEach((id, events) -> written.add(project(id, events, stored.get(id))));
        written(written);
    }

    private Map<String, List<DomainEventMessage<?>>> byDeclaration(List<? extends EventMessage<?>> batch) {
        Map<String, List<DomainEventMessage<?>>> grouped = new LinkedHashMap<>();
        for (EventMessage<?> message : batch) {
            if (message instanceof DomainEventMessage<?> domain && domain.getPayload() instanceof DeclarationEvent event
                    && follows(event)) {
                grouped.computeIfAbsent(event.declarationId().value(), id -> new ArrayList<>()).add(domain);
            }
        }
        grouped.values().forEach(events -> events.sort(Comparator.comparingLong(DomainEventMessage::getSequenceNumber)));
        return grouped;
    }

    private Written<S> project(String id, List<DomainEventMessage<?>> events, S stored) {
        S current = stored;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                current = store.find(List.of(id)).get(id);
            }
            S next = fold(id, current, events);
            if (next == current || store.save(next, current)) {
                return new Written<>(id, current, next);
            }
        }
        throw new IllegalStateException("读模型持续写入冲突：申报表 " + id + " 的事件 "
                + events.get(events.size() - 1).getSequenceNumber() + " 未能投影");
    }

    /** {@code current} itself when none of the events is new to it. */
    private S fold(String id, S current, List<DomainEventMessage<?>> events) {
        S state = current;
        long last = current == null ? -1 : store.seq(current);
        for (DomainEventMessage<?> event : events) {
            long seq = event.getSequenceNumber();
            if (seq <= last) {
                continue;
            }
            if (seq > last + 1 && followsEveryEvent()) {
                if (eventStore == null) {
                    return state;
                }
                for (DomainEventMessage<?> missing : missing(id, last, seq)) {
                    state = step(state, (DeclarationEvent) missing.getPayload(), missing);
                }
            }
            state = step(state, (DeclarationEvent) event.getPayload(), event);
            last = seq;
        }
        return state;
    }

    /** The state after one event: by default started by the created event, then applied to. */
    protected S step(S state, DeclarationEvent event, DomainEventMessage<?> message) {
        if (state == null) {
            // a stream is only ever started by its created event
            return event instanceof DeclarationCreatedEvent created ? started(created, message) : null;
        }
        return applied(state, event, message);
    }

    /** The stored events after {@code last} and before {@code seq}. */
    private List<DomainEventMessage<?>> missing(String id, long last, long seq) {
        List<DomainEventMessage<?>> missing = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(id, last + 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> each = stream.next();
            if (each.getSequenceNumber() >= seq) {
                break;
            }
            if (each.getPayload() instanceof DeclarationEvent) {
                missing.add(each);
            }
        }
        return missing;
    }
}
