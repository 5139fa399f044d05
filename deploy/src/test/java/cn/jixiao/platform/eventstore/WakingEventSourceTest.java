package cn.jixiao.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.jixiao.platform.eventstore.TestMongo.event;
import static org.assertj.core.api.Assertions.assertThat;

class WakingEventSourceTest extends MongoTestSupport {

    @Test
    void anAppendOnThisInstanceCallsTheProcessorBackAtOnce() {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        WakingEventSource source = new WakingEventSource(engine, 10);
        AtomicInteger callbacks = new AtomicInteger();
        try (TrackingEventStream stream = source.openStream(source.createTailToken())) {
            assertThat(stream.setOnAvailableCallback(callbacks::incrementAndGet)).isTrue();
            assertThat(stream.hasNextAvailable()).isFalse();

            engine.appendEvents(event("a", 0), event("a", 1));

            assertThat(callbacks).hasValue(1);
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(labelsOf(stream, 2)).containsExactly("a#0", "a#1");
            assertThat(stream.hasNextAvailable()).isFalse();
        }
    }

    @Test
    void anAppendByAnotherInstanceIsNoticedByThePollAndNothingNewWakesNobody() throws Exception {
        MongoDatabase tenant = mongo.newTenantDatabase();
        MongoEventStorageEngine here = mongo.engine(tenant).build();
        MongoEventStorageEngine elsewhere = mongo.engine(tenant).build();
        WakingEventSource source = new WakingEventSource(here, 10);
        AtomicInteger callbacks = new AtomicInteger();
        try (TrackingEventStream stream = source.openStream(source.createTailToken())) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            assertThat(stream.hasNextAvailable()).isFalse();
            source.poll();
            int afterFirstLook = callbacks.get();
            assertThat(stream.hasNextAvailable()).isFalse();

            source.poll();
            assertThat(callbacks).hasValue(afterFirstLook);

            elsewhere.appendEvents(event("b", 0));
            assertThat(stream.hasNextAvailable()).isFalse();
            source.poll();

            assertThat(callbacks).hasValue(afterFirstLook + 1);
            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            assertThat(labelsOf(stream, 1)).containsExactly("b#0");
        }
    }

    @Test
    void aBlockingWaitEndsWhenAnEventIsAppended() throws Exception {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        WakingEventSource source = new WakingEventSource(engine, 10);
        try (TrackingEventStream stream = source.openStream(null)) {
            Thread writer = new Thread(() -> engine.appendEvents(event("c", 0)));
            writer.start();

            assertThat(stream.hasNextAvailable(30, TimeUnit.SECONDS)).isTrue();
            writer.join();
        }
    }

    private static java.util.List<String> labelsOf(TrackingEventStream stream, int count) {
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                TrackedEventMessage<?> next = stream.nextAvailable();
                labels.add(((TestMongo.ThingHappened) next.getPayload()).label());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return labels;
    }
}
