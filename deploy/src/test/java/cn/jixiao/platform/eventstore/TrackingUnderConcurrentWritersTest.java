package cn.jixiao.platform.eventstore;

import cn.jixiao.platform.eventstore.TestMongo.ThingHappened;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.jixiao.platform.eventstore.TestMongo.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TrackingUnderConcurrentWritersTest extends MongoTestSupport {

    private static final Duration SKEW = Duration.ofMinutes(-7);
    private static final int WRITER_THREADS_PER_INSTANCE = 3;
    private static final int APPENDS_PER_THREAD = 40;


    @Test
    void aProcessorReceivesEveryEventExactlyOnceWhateverTheWritersClocksAndSpeed() throws Exception {
        MongoDatabase tenant = mongo.newTenantDatabase();
        Clock skewedClock = Clock.offset(Clock.systemUTC(), SKEW);
        // Instance A: its clock (and so its events' timestamps) runs minutes behind.
        MongoEventStorageEngine skewed = mongo.engine(tenant).clock(skewedClock).build();
        // Instance B: inserts arrive late after their global indexes were reserved, opening gaps.
        AtomicInteger overtaken = new AtomicInteger();
        MongoEventStorageEngine slow = mongo.engine(tenant).indexAllocationListener((first, count) -> {
            pause();
            if (tenant.getCollection("domainevents").countDocuments(Filters.gt("globalIndex", first)) > 0) {
                overtaken.incrementAndGet(); // a later index became visible first: a real gap for the processor
            }
        }).build();
        IdCounter handler = new IdCounter();

        List<String> appended;
        try (ProcessorHarness harness = new ProcessorHarness("listing", skewed, mongo.tokenStore(tenant).build(),
                                                             List.of(handler)).start()) {
            appended = appendConcurrently(skewed, skewedClock, slow);

            await().atMost(Duration.ofSeconds(60)).until(() -> handler.total() >= appended.size());
            Thread.sleep(500); // would reveal late duplicates
        }

        assertThat(overtaken).as("slow inserts overtaken by later indexes").hasPositiveValue();
        assertThat(handler.counts.keySet()).containsExactlyInAnyOrderElementsOf(appended);
        assertThat(handler.counts.values()).allMatch(count -> count == 1);
    }

    @Test
    void twoInstancesOfAProcessorShareItsSegmentsAndHandleEveryEventExactlyOnceBetweenThem() throws Exception {
        MongoDatabase tenant = mongo.newTenantDatabase();
        Clock skewedClock = Clock.offset(Clock.systemUTC(), SKEW);
        MongoEventStorageEngine instanceA = mongo.engine(tenant).clock(skewedClock).build();
        MongoEventStorageEngine instanceB = mongo.engine(tenant).indexAllocationListener((first, count) -> pause()).build();
        IdCounter handler = new IdCounter();

        List<String> appended;
        try (ProcessorHarness a = new ProcessorHarness("listing", instanceA, mongo.tokenStore(tenant).nodeId("A").build(),
                                                       List.of(handler), 1).start();
             ProcessorHarness b = new ProcessorHarness("listing", instanceB, mongo.tokenStore(tenant).nodeId("B").build(),
                                                       List.of(handler), 1).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    a.processor.processingStatus().size() == 1 && b.processor.processingStatus().size() == 1);
            appended = appendConcurrently(instanceA, skewedClock, instanceB);

            await().atMost(Duration.ofSeconds(60)).until(() -> handler.total() >= appended.size());
            Thread.sleep(500); // would reveal late duplicates
        }

        assertThat(handler.counts.keySet()).containsExactlyInAnyOrderElementsOf(appended);
        assertThat(handler.counts.values()).allMatch(count -> count == 1);
    }

    private static List<String> appendConcurrently(MongoEventStorageEngine skewed, Clock skewedClock,
                                                   MongoEventStorageEngine slow) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2 * WRITER_THREADS_PER_INSTANCE);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < WRITER_THREADS_PER_INSTANCE; t++) {
            String skewedAggregate = "skewed-" + t;
            String slowAggregate = "slow-" + t;
            futures.add(writers.submit(() -> appendMany(skewed, skewedAggregate, skewedClock)));
            futures.add(writers.submit(() -> appendMany(slow, slowAggregate, Clock.systemUTC())));
        }
        List<String> ids = new ArrayList<>();
        for (Future<List<String>> future : futures) {
            ids.addAll(future.get(60, TimeUnit.SECONDS));
        }
        writers.shutdown();
        return ids;
    }

    /** Appends single events and small multi-event commits to one aggregate. */
    private static List<String> appendMany(MongoEventStorageEngine engine, String aggregate, Clock clock) {
        List<String> ids = new ArrayList<>();
        long sequence = 0;
        for (int i = 0; i < APPENDS_PER_THREAD; i++) {
            int size = 1 + i % 3;
            List<DomainEventMessage<?>> commit = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                commit.add(event(aggregate, sequence, aggregate + "#" + sequence, clock.instant()));
                sequence++;
            }
            engine.appendEvents(commit);
            commit.forEach(e -> ids.add(e.getIdentifier()));
        }
        return ids;
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(0, 25));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class IdCounter {
        final Map<String, Integer> counts = new ConcurrentHashMap<>();

        @EventHandler
        void on(ThingHappened event, @MessageIdentifier String id) {
            counts.merge(id, 1, Integer::sum);
        }

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
