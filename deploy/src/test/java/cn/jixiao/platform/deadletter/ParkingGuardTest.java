package cn.jixiao.platform.deadletter;

import com.mongodb.MongoSocketException;
import com.mongodb.ServerAddress;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParkingGuardTest {

    private final InMemorySequencedDeadLetterQueue<EventMessage<?>> queue = InMemorySequencedDeadLetterQueue.defaultQueue();
    private final TimeLimit limit = new TimeLimit(Duration.ofMillis(500));
    private final ParkingGuard guard = new ParkingGuard("nanyue", "query.forms",
            SequentialPerAggregatePolicy.instance(), queue, limit);
    private final List<String> written = new ArrayList<>();

    @AfterEach
    void stop() {
        limit.close();
    }

    @Test
    void aBatchThatCannotBeWrittenIsWrittenDeclarationByDeclarationAndOnlyTheFailingOneIsParked() {
        List<EventMessage<?>> batch = List.of(event("x", 1), event("y", 1), event("x", 2), event("z", 1));

        guard.writeBatch(batch, events -> {
            if (events.stream().anyMatch(e -> aggregate(e).equals("x"))) {
                throw new IllegalStateException("poisoned");
            }
            events.forEach(e -> written.add(aggregate(e) + "#" + ((DomainEventMessage<?>) e).getSequenceNumber()));
        });

        assertThat(written).containsExactly("y#1", "z#1");
        assertThat(queue.contains("x")).isTrue();
        assertThat(parked("x")).containsExactly(1L, 2L);
        assertThat(queue.deadLetterSequence("x").iterator().next().cause().orElseThrow().message()).isEqualTo("poisoned");
        assertThat(queue.contains("y")).isFalse();
    }

    @Test
    void laterEventsOfADeclarationItParkedJoinTheLettersWithoutReachingTheWriteUntilTheQueueLetsItGo() {
        guard.writeBatch(List.of(event("x", 1)), events -> {
            throw new IllegalStateException("poisoned");
        });

        guard.writeBatch(List.of(event("x", 2), event("y", 1)), this::record);
        assertThat(written).containsExactly("y#1");
        assertThat(parked("x")).containsExactly(1L, 2L);

        queue.clear(); // an operator's retry went through
        guard.writeBatch(List.of(event("x", 3)), this::record);
        assertThat(written).containsExactly("y#1", "x#3");
    }

    private void record(List<EventMessage<?>> events) {
        events.forEach(e -> written.add(aggregate(e) + "#" + ((DomainEventMessage<?>) e).getSequenceNumber()));
    }

    @Test
    void aWritePastTheTimeLimitIsParkedAndTheCallerIsFreeAgain() {
        long started = System.nanoTime();

        guard.writeBatch(List.of(event("slow", 1)), events -> sleep(Duration.ofSeconds(30)));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(queue.deadLetterSequence("slow").iterator().next().cause().orElseThrow().type())
                .isEqualTo(TimeLimit.Exceeded.class.getName());
    }

    @Test
    void aStoreOutageParksNothingAndIsThrownSoTheBatchIsDeliveredAgain() {
        assertThatThrownBy(() -> guard.writeBatch(List.of(event("x", 1), event("y", 1)), events -> {
            throw new MongoSocketException("unreachable", new ServerAddress());
        })).isInstanceOf(MongoSocketException.class);

        assertThat(queue.size()).isZero();
    }

    @Test
    void aRetriedEventThatFailsAgainIsThrown() {
        assertThatThrownBy(() -> guard.writeAlone(List.of(event("x", 1)), events -> {
            throw new IllegalStateException("still poisoned");
        })).hasMessage("still poisoned");
    }

    private List<Long> parked(String sequence) {
        return StreamSupport.stream(queue.deadLetterSequence(sequence).spliterator(), false)
                .map(DeadLetter::message).map(m -> ((DomainEventMessage<?>) m).getSequenceNumber()).toList();
    }

    static DomainEventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Declaration", aggregate, sequence, Map.of("n", sequence));
    }

    private static String aggregate(EventMessage<?> event) {
        return ((DomainEventMessage<?>) event).getAggregateIdentifier();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
