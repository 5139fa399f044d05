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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    /**
     * Sequences this guard parked and has not seen emptied. Axon's invoker asks the queue only about what it parked
     * itself and what was parked before this instance claimed the segment; what the guard parks from a batch's write
     * it holds back itself.
     */
    private final Set<Object> parkedHere = ConcurrentHashMap.newKeySet();
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
    public void writeBatch(List<EventMessage<?>> batch, Consumer<List<EventMessage<?>>> write) {
        List<EventMessage<?>> events = withoutParkedHere(batch);
        if (events.isEmpty()) {
            return;
        }
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

    /**
     * The batch without the events of sequences this instance parked: those join their letters, in order. (Axon's
     * invoker holds back what it parked itself, and what any instance parked before this one claimed the segment.)
     */
    private List<EventMessage<?>> withoutParkedHere(List<EventMessage<?>> batch) {
        List<EventMessage<?>> writable = new ArrayList<>(batch.size());
        for (EventMessage<?> event : batch) {
            Object sequence = sequenceOf(event);
            if (stillParkedHere(sequence)) {
                queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event));
                log.info("Tenant {}: projection {} added event {} to parked sequence {}", tenant, group,
                        event.getIdentifier(), sequence);
            } else {
                writable.add(event);
            }
        }
        return writable;
    }

    /** One read, and only for a sequence this guard parked: an operator's retry may have emptied it since. */
    private boolean stillParkedHere(Object sequence) {
        if (!parkedHere.contains(sequence)) {
            return false;
        }
        if (queue.contains(sequence)) {
            return true;
        }
        parkedHere.remove(sequence);
        return false;
    }

    private Object sequenceOf(EventMessage<?> event) {
        Object sequence = sequencing.getSequenceIdentifierFor(event);
        return sequence == null ? event.getIdentifier() : sequence;
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
            grouped.computeIfAbsent(sequenceOf(event), s -> new ArrayList<>()).add(event);
        }
        return grouped;
    }

    /** Every event of the sequence in this batch joins its dead letters, the first with the cause. */
    private void park(Object sequence, List<EventMessage<?>> events, RuntimeException cause) {
        parkedHere.add(sequence);
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
