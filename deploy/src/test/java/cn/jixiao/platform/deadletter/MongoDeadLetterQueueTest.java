package cn.jixiao.platform.deadletter;

import cn.jixiao.kernel.testing.InMemoryMongo;
import cn.jixiao.kernel.testing.TestActors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static cn.jixiao.platform.deadletter.ParkingGuardTest.event;
import static org.assertj.core.api.Assertions.assertThat;

class MongoDeadLetterQueueTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final MongoDeadLetterQueue queue = new MongoDeadLetterQueue(mongo.database(TestActors.NANYUE),
            "query.forms", events, Clock.systemUTC());
    private final DomainEventMessage<?> first = event("x", 0);
    private final DomainEventMessage<?> second = event("x", 1);

    @AfterEach
    void stop() {
        events.shutDown();
        mongo.close();
    }

    @Test
    void keepsASequenceInOrderAndReadsItsEventsBackFromTheEventStore() {
        park();

        assertThat(queue.contains("x")).isTrue();
        assertThat(queue.contains("y")).isFalse();
        assertThat(queue.sequenceSize("x")).isEqualTo(2);
        assertThat(queue.amountOfSequences()).isEqualTo(1);
        assertThat(identifiers()).containsExactly(first.getIdentifier(), second.getIdentifier());
        DeadLetter<? extends EventMessage<?>> head = queue.deadLetterSequence("x").iterator().next();
        assertThat(head.cause().orElseThrow().message()).isEqualTo("poisoned");
        assertThat(queue.parked()).singleElement().satisfies(letters -> assertThat(letters).hasSize(2));
    }

    @Test
    void aSequenceHandledInFullIsEvicted() {
        park();
        List<String> handled = new ArrayList<>();

        boolean done = queue.process(letter -> true, letter -> {
            handled.add(letter.message().getIdentifier());
            return Decisions.evict();
        });

        assertThat(done).isTrue();
        assertThat(handled).containsExactly(first.getIdentifier(), second.getIdentifier());
        assertThat(queue.contains("x")).isFalse();
        assertThat(queue.size()).isZero();
    }

    @Test
    void aLetterThatFailsAgainStaysParkedWithItsNewCauseAndTheRestBehindIt() {
        park();

        boolean done = queue.process(letter -> true, letter -> Decisions.requeue(new IllegalStateException("again")));

        assertThat(done).isFalse();
        assertThat(queue.sequenceSize("x")).isEqualTo(2);
        assertThat(queue.deadLetterSequence("x").iterator().next().cause().orElseThrow().message()).isEqualTo("again");
    }

    @Test
    void anEventOfAParkedSequenceThatArrivesWhileItIsRetriedStaysParked() {
        park();

        boolean done = queue.process(letter -> true, letter -> {
            if (letter.message().getIdentifier().equals(second.getIdentifier())) {
                DomainEventMessage<?> third = event("x", 2);
                events.publish(third);
                queue.enqueueIfPresent("x", () -> new GenericDeadLetter<>("x", third));
            }
            return Decisions.evict();
        });

        assertThat(done).isTrue();
        assertThat(queue.sequenceSize("x")).isEqualTo(1);
    }

    private void park() {
        events.publish(first, second);
        queue.enqueue("x", new GenericDeadLetter<>("x", first, new IllegalStateException("poisoned")));
        queue.enqueueIfPresent("x", () -> new GenericDeadLetter<>("x", second));
    }

    private List<String> identifiers() {
        return StreamSupport.stream(queue.deadLetterSequence("x").spliterator(), false)
                .map(letter -> letter.message().getIdentifier()).toList();
    }
}
