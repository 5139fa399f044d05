package cn.jixiao.platform.eventstore;

import cn.jixiao.platform.eventstore.TestMongo.ThingHappened;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static cn.jixiao.platform.eventstore.TestMongo.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replays on Axon 4.13.0 over this engine and token store: a reset replays every event once more. */
class ReplayTest extends MongoTestSupport {


    @Test
    void aResetReplaysEveryEventToReplayableHandlersOnlyAndThenContinuesLive() throws Exception {
        MongoDatabase tenant = mongo.newTenantDatabase();
        MongoEventStorageEngine engine = mongo.engine(tenant).batchSize(7).build();
        Projection projection = new Projection();
        Notifier notifier = new Notifier();
        engine.appendEvents(IntStream.range(0, 20).mapToObj(i -> event("a" + i % 4, i / 4)).toList());

        try (ProcessorHarness harness = new ProcessorHarness("dashboard", engine, mongo.tokenStore(tenant).build(),
                                                             List.of(projection, notifier)).start()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(projection.total()).isEqualTo(20);
                assertThat(notifier.total()).isEqualTo(20);
            });

            harness.stop();
            harness.processor.resetTokens();
            harness.processor.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> projection.total() == 40);

            engine.appendEvents(IntStream.range(0, 5).mapToObj(i -> event("b" + i, 0)).toList());
            await().atMost(Duration.ofSeconds(30)).until(() -> projection.total() == 45 && notifier.total() == 25);
            Thread.sleep(300); // would reveal late duplicates
        }

        assertThat(projection.resets).hasValue(1);
        assertThat(projection.counts).hasSize(25);
        assertThat(projection.counts.entrySet())
                .filteredOn(e -> e.getValue() == 2).hasSize(20);
        assertThat(projection.counts.entrySet())
                .filteredOn(e -> e.getValue() == 1).hasSize(5);
        assertThat(notifier.counts).hasSize(25).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
    }

    /** A read model: rebuilt on replay. */
    static final class Projection {
        final Map<String, Integer> counts = new ConcurrentHashMap<>();
        final AtomicInteger resets = new AtomicInteger();

        @EventHandler
        void on(ThingHappened event, @MessageIdentifier String id) {
            counts.merge(id, 1, Integer::sum);
        }

        @ResetHandler
        void reset() {
            resets.incrementAndGet();
        }

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A side effect (e.g. a notification) that must never run twice. */
    static final class Notifier {
        final Map<String, Integer> counts = new ConcurrentHashMap<>();

        @EventHandler
        @DisallowReplay
        void on(ThingHappened event, @MessageIdentifier String id) {
            counts.merge(id, 1, Integer::sum);
        }

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
