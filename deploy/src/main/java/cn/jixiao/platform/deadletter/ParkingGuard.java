package cn.jixiao.platform.deadletter;

import cn.jixiao.platform.storage.StorageUnavailable;
import cn.jixiao.query.projection.BatchGuard;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The write of one processing group's batches, for one tenant: timed, and when it fails, done again one sequence
 * (declaration) at a time, so that the sequences that fail again are parked in the group's dead-letter queue and all
 * the others are written, before the processor stores its token. An outage of the store is nobody's poison: it is
 * thrown, the batch rolls back and the processor delivers it again.
 */
final class ParkingGuard implements BatchGuard {

    private static final Logger log = LoggerFactory.getLogger(ParkingGuard.class);

    private final String tenant;
    private final String group;
    private final SequencingPolicy<? super EventMessage<?>> sequencing;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final TimeLimit timeLimit;

    ParkingGuard(String tenant, String group, SequencingPolicy<? super EventMessage<?>> sequencing,
                 SequencedDeadLetterQueue<EventMessage<?>> queue, TimeLimit timeLimit) {
        this.tenant = tenant;
        this.group = group;
        this.sequencing = sequencing;
        this.queue = queue;
        this.timeLimit = timeLimit;
    }

    @Override
    public void writeBatch(List<EventMessage<?>> events, Consumer<List<EventMessage<?>>> write) {
        RuntimeException whole = attempt(events, write);
        if (whole == null) {
            return;
        }
        Map<Object, List<EventMessage<?>>> bySequence = bySequence(events);
        if (bySequence.size() == 1) {
            bySequence.forEach((sequence, own) -> park(sequence, own, whole));
            return;
        }
        bySequence.forEach((sequence, own) -> {
            RuntimeException failure = attempt(own, write);
            if (failure != null) {
                park(sequence, own, failure);
            }
        });
    }

    @Override
    public void writeAlone(List<EventMessage<?>> events, Consumer<List<EventMessage<?>>> write) {
        timeLimit.run(() -> write.accept(events));
    }

    /** Null when written; the failure when not, unless the store is out of reach (thrown). */
    private RuntimeException attempt(List<EventMessage<?>> events, Consumer<List<EventMessage<?>>> write) {
        try {
            timeLimit.run(() -> write.accept(events));
            return null;
        } catch (RuntimeException e) {
            if (StorageUnavailable.isCause(e)) {
                throw e;
            }
            return e;
        }
    }

    private Map<Object, List<EventMessage<?>>> bySequence(List<EventMessage<?>> events) {
        Map<Object, List<EventMessage<?>>> grouped = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            Object sequence = sequencing.getSequenceIdentifierFor(event);
            grouped.computeIfAbsent(sequence == null ? event.getIdentifier() : sequence, s -> new ArrayList<>()).add(event);
        }
        return grouped;
    }

    /** Every event of the sequence in this batch joins its dead letters, the first with the cause. */
    private void park(Object sequence, List<EventMessage<?>> events, RuntimeException cause) {
        boolean first = !queue.contains(sequence);
        for (EventMessage<?> event : events) {
            queue.enqueue(sequence, first ? new GenericDeadLetter<>(sequence, event, cause)
                    : new GenericDeadLetter<>(sequence, event));
            first = false;
        }
        log.warn("Tenant {}: projection {} parked sequence {} at event {} ({} events); later events of it wait "
                        + "until an operator retries it: {}", tenant, group, sequence, events.get(0).getIdentifier(),
                events.size(), cause.toString());
    }
}
