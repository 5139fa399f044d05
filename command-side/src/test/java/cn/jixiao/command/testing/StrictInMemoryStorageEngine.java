package cn.jixiao.command.testing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory engine, made to behave like the MongoDB one in the two ways the command side relies on:
 * a second stream for the same aggregate id is refused with {@link AggregateStreamCreationException} and any
 * other sequence number already taken with {@link ConcurrencyException}, as the unique (aggregate, seq) index
 * does there; and snapshots are stored serialized
 * (Jackson), so loading from one yields a fresh aggregate and proves the aggregate survives serialization.
 */
public class StrictInMemoryStorageEngine extends InMemoryEventStorageEngine {

    private final Serializer serializer = TestSerializer.jackson();
    private final Map<String, StoredSnapshot> snapshots = new ConcurrentHashMap<>();

    private record StoredSnapshot(String type, long sequence, SerializedObject<byte[]> payload) {
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain) {
                long taken = lastSequenceNumberFor(domain.getAggregateIdentifier()).orElse(-1L);
                if (domain.getSequenceNumber() == 0 && taken >= 0) {
                    throw new AggregateStreamCreationException("Cannot reuse aggregate identifier ["
                            + domain.getAggregateIdentifier() + "] to create aggregate");
                }
                if (domain.getSequenceNumber() <= taken) {
                    throw new ConcurrencyException("An event for aggregate [" + domain.getAggregateIdentifier()
                            + "] at sequence [" + domain.getSequenceNumber() + "] was already inserted");
                }
            }
        }
        super.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        snapshots.put(snapshot.getAggregateIdentifier(), new StoredSnapshot(snapshot.getType(),
                snapshot.getSequenceNumber(), serializer.serialize(snapshot.getPayload(), byte[].class)));
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.ofNullable(snapshots.get(aggregateIdentifier)).map(stored -> new GenericDomainEventMessage<>(
                stored.type(), aggregateIdentifier, stored.sequence(), serializer.deserialize(stored.payload())));
    }

    public boolean hasSnapshot(String aggregateIdentifier) {
        return snapshots.containsKey(aggregateIdentifier);
    }
}
