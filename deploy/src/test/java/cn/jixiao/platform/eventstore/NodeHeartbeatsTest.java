package cn.jixiao.platform.eventstore;

import cn.jixiao.kernel.testing.InMemoryMongo;
import cn.jixiao.platform.mongo.MongoSettings;
import cn.jixiao.query.projection.DerivedWrites;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The heartbeat costs an idle instance as little as it can: on the embedded store every commit walks all maps of
 * every tenant, so the beat rides in the balancer's commit and is not waited for.
 */
class NodeHeartbeatsTest {

    /** Claim timeout 1.2 s: a heartbeat period of 200 ms. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofMillis(1_200);

    private final List<BsonDocument> updates = new CopyOnWriteArrayList<>();
    private final CommandListener recorder = new CommandListener() {
        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (event.getCommandName().equals("update")) {
                updates.add(event.getCommand().clone());
            }
        }
    };

    @Test
    void aHeartbeatIsAPresenceWrite() {
        try (InMemoryMongo mongo = new InMemoryMongo(settings -> settings.addCommandListener(recorder))) {
            NodeHeartbeats heartbeats = new NodeHeartbeats(mongo.client(), Clock.systemUTC(), inMemory(), CLAIM_TIMEOUT);
            try {
                assertThat(updates).isNotEmpty()
                        .allSatisfy(update -> assertThat(update.getString("comment").getValue()).isEqualTo(DerivedWrites.PRESENCE));
            } finally {
                heartbeats.destroy();
            }
        }
    }

    @Test
    void itsOwnTimerStaysQuietWhileSomeoneElseBeatsWithinAPeriod() throws InterruptedException {
        try (InMemoryMongo mongo = new InMemoryMongo(settings -> settings.addCommandListener(recorder))) {
            long last = System.nanoTime(); // from before the beat at start-up
            NodeHeartbeats heartbeats = new NodeHeartbeats(mongo.client(), Clock.systemUTC(), inMemory(), CLAIM_TIMEOUT);
            try {
                int beats = 20;
                long period = CLAIM_TIMEOUT.dividedBy(6).toNanos();
                long excused = 0; // a machine too busy to beat within a period may see the timer beat meanwhile
                for (int i = 0; i < beats; i++) {
                    heartbeats.beat();
                    Thread.sleep(40); // a fifth of the period: the timer (every 200 ms) finds a recent beat
                    long now = System.nanoTime();
                    excused += (now - last) / period;
                    last = now;
                }
                // the beat at start-up and the caller's; the node's timer added none but where the caller was late
                assertThat(updates.size()).isBetween(1 + beats, 1 + beats + (int) excused);
            } finally {
                heartbeats.destroy();
            }
        }
    }

    @Test
    void itsOwnTimerBeatsWhenNobodyElseDoes() {
        try (InMemoryMongo mongo = new InMemoryMongo(settings -> settings.addCommandListener(recorder))) {
            NodeHeartbeats heartbeats = new NodeHeartbeats(mongo.client(), Clock.systemUTC(), inMemory(), CLAIM_TIMEOUT);
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> updates.size() >= 3);
                assertThat(heartbeats.isAlive(heartbeats.nodeId())).isTrue();
            } finally {
                heartbeats.destroy();
            }
        }
    }

    private static MongoSettings inMemory() {
        return new MongoSettings("mongodb://in-memory", null);
    }
}
