package cn.jixiao.platform.eventstore;

import cn.jixiao.kernel.testing.InMemoryMongo;
import cn.jixiao.platform.mongo.MongoSettings;
import cn.jixiao.query.projection.DerivedWrites;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The heartbeat costs an idle instance as little as it can: it is a presence write, which the embedded store does
 * not commit on its own (every commit walks all maps of every tenant), and the node's timer writes only when no
 * caller (the segment balancer) beat within a period.
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
    private InMemoryMongo mongo;
    private NodeHeartbeats heartbeats;
    /** Just before the beat at start-up. */
    private long startedNanos;

    @BeforeEach
    void start() {
        mongo = new InMemoryMongo(settings -> settings.addCommandListener(recorder));
        startedNanos = System.nanoTime();
        heartbeats = new NodeHeartbeats(mongo.client(), Clock.systemUTC(),
                new MongoSettings("mongodb://in-memory", null), CLAIM_TIMEOUT);
    }

    @AfterEach
    void stop() {
        heartbeats.destroy();
        mongo.close();
    }

    @Test
    void aHeartbeatIsAPresenceWrite() {
        assertThat(updates).isNotEmpty()
                .allSatisfy(update -> assertThat(update.getString("comment").getValue()).isEqualTo(DerivedWrites.PRESENCE));
    }

    @Test
    void itsOwnTimerStaysQuietWhileSomeoneElseBeatsWithinAPeriod() throws InterruptedException {
        int beats = 20;
        long period = CLAIM_TIMEOUT.dividedBy(6).toNanos();
        long excused = 0; // a machine too busy to beat within a period may see the timer beat meanwhile
        long last = startedNanos;
        for (int i = 0; i < beats; i++) {
            heartbeats.beat();
            Thread.sleep(40); // a fifth of the period: the timer (every 200 ms) finds a recent beat
            long now = System.nanoTime();
            excused += (now - last) / period;
            last = now;
        }
        // the beat at start-up and the caller's; the node's timer added none but where the caller was late
        assertThat(updates.size()).isBetween(1 + beats, 1 + beats + (int) excused);
    }

    @Test
    void itsOwnTimerBeatsWhenNobodyElseDoes() {
        await().atMost(Duration.ofSeconds(60)).until(() -> updates.size() >= 3);
        assertThat(heartbeats.isAlive(heartbeats.nodeId())).isTrue();
    }
}
