package cn.jixiao.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * An in-memory event storage engine whose stored events can be altered after the fact, as someone with write
 * access to the {@code domainevents} collection could: change a payload or metadata, move or delete an event.
 */
final class TamperableStorageEngine implements EventStorageEngine {

    private final InMemoryEventStorageEngine delegate = new InMemoryEventStorageEngine();
    private UnaryOperator<List<TrackedEventMessage<?>>> tampering = UnaryOperator.identity();

    void tamper(UnaryOperator<List<TrackedEventMessage<?>>> change) {
        UnaryOperator<List<TrackedEventMessage<?>>> before = tampering;
        tampering = events -> change.apply(before.apply(events));
    }

    static UnaryOperator<List<TrackedEventMessage<?>>> replacePayload(String eventId, Object payload) {
        return map(eventId, e -> stored(e, e.trackingToken(), payload, e.getMetaData()));
    }

    static UnaryOperator<List<TrackedEventMessage<?>>> replaceMetaData(String eventId, Map<String, ?> metaData) {
        return map(eventId, e -> stored(e, e.trackingToken(), e.getPayload(), metaData));
    }

    /** Gives the event a new global position after every other one, as editing its globalIndex would. */
    static UnaryOperator<List<TrackedEventMessage<?>>> moveToEnd(String eventId) {
        return events -> {
            long end = events.stream().mapToLong(e -> e.trackingToken().position().orElseThrow()).max().orElse(0) + 1;
            return map(eventId, e -> stored(e, new GlobalSequenceTrackingToken(end), e.getPayload(), e.getMetaData())).apply(events);
        };
    }

    static UnaryOperator<List<TrackedEventMessage<?>>> delete(String eventId) {
        return events -> events.stream().filter(e -> !e.getIdentifier().equals(eventId)).toList();
    }

    private static UnaryOperator<List<TrackedEventMessage<?>>> map(String eventId, UnaryOperator<TrackedEventMessage<?>> change) {
        return events -> events.stream().<TrackedEventMessage<?>>map(e -> e.getIdentifier().equals(eventId) ? change.apply(e) : e)
                .sorted(Comparator.comparingLong(e -> e.trackingToken().position().orElseThrow()))
                .toList();
    }

    private static TrackedEventMessage<?> stored(TrackedEventMessage<?> original, TrackingToken token, Object payload, Map<String, ?> metaData) {
        DomainEventMessage<?> domain = (DomainEventMessage<?>) original;
        return new GenericTrackedDomainEventMessage<>(token, new GenericDomainEventMessage<>(domain.getType(),
                domain.getAggregateIdentifier(), domain.getSequenceNumber(), payload, metaData, domain.getIdentifier(),
                domain.getTimestamp()));
    }

    private List<TrackedEventMessage<?>> stored() {
        List<TrackedEventMessage<?>> all = new ArrayList<>(delegate.readEvents(null, false).toList());
        return tampering.apply(all);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        long after = trackingToken == null ? -1 : trackingToken.position().orElse(-1);
        return stored().stream().filter(e -> e.trackingToken().position().orElseThrow() > after);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return DomainEventStream.of(stored().stream()
                .map(e -> (DomainEventMessage<?>) e)
                .filter(e -> e.getAggregateIdentifier().equals(aggregateIdentifier) && e.getSequenceNumber() >= firstSequenceNumber)
                .sorted(Comparator.comparingLong(DomainEventMessage::getSequenceNumber)));
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.empty();
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return stored().stream().map(TrackedEventMessage::trackingToken)
                .max(Comparator.comparingLong(t -> t.position().orElseThrow())).orElse(null);
    }
}
