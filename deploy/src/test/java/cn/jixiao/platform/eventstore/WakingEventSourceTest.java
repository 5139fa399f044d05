package cn.jixiao.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.jixiao.platform.eventstore.TestMongo.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void appendsInQuickSuccessionWakeTheStreamsOnceMoreWhenTheGatheringIsOver() throws Exception {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        java.util.concurrent.ScheduledThreadPoolExecutor deferred = new java.util.concurrent.ScheduledThreadPoolExecutor(1);
        // a gathering no test outlasts: the deferred wake-up is run by hand below, so no timing decides the outcome
        WakingEventSource source = new WakingEventSource(engine, 10, java.time.Duration.ZERO, java.time.Duration.ZERO,
                java.time.Duration.ofHours(1), deferred);
        AtomicInteger callbacks = new AtomicInteger();
        try (TrackingEventStream stream = source.openStream(source.createTailToken())) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            assertThat(stream.hasNextAvailable()).isFalse();

            engine.appendEvents(event("g", 0));
            assertThat(callbacks).as("the first append after a quiet moment wakes at once").hasValue(1);
            assertThat(labelsOf(stream, 1)).containsExactly("g#0");

            engine.appendEvents(event("g", 1));
            engine.appendEvents(event("g", 2));
            assertThat(callbacks).as("gathered").hasValue(1);
            assertThat(deferred.getQueue()).as("one deferred wake-up for both").hasSize(1);

            Runnable wakeUp = deferred.getQueue().iterator().next(); // not due for an hour: poll() would not give it
            deferred.remove(wakeUp);
            wakeUp.run();

            assertThat(callbacks).hasValue(2);
            assertThat(labelsOf(stream, 2)).as("both in one read").containsExactly("g#1", "g#2");
        } finally {
            deferred.shutdownNow();
        }
    }

    @Test
    void theStreamsAtOnePositionShareOneReadOfWhatWasAppended() throws Exception {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        WakingEventSource source = new WakingEventSource(engine, 10);
        try (TrackingEventStream first = source.openStream(source.createTailToken());
             TrackingEventStream second = source.openStream(source.createTailToken())) {
            assertThat(first.hasNextAvailable()).isFalse();
            assertThat(second.hasNextAvailable()).isFalse();

            engine.appendEvents(event("s", 0));

            TrackedEventMessage<?> read = first.nextAvailable();
            assertThat(second.nextAvailable()).as("the same read, not a second one").isSameAs(read);
        }
    }

    @Test
    void aStreamWokenAfterASharedReadReadsAgain() throws Exception {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        WakingEventSource source = new WakingEventSource(engine, 10);
        try (TrackingEventStream early = source.openStream(source.createTailToken());
             TrackingEventStream late = source.openStream(source.createTailToken())) {
            assertThat(early.hasNextAvailable()).as("reads, finds nothing, shares that").isFalse();

            engine.appendEvents(event("w", 0));

            assertThat(late.hasNextAvailable(10, TimeUnit.SECONDS)).as("not the empty read from before the append").isTrue();
            assertThat(labelsOf(late, 1)).containsExactly("w#0");
            assertThat(labelsOf(early, 1)).containsExactly("w#0");
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
    void anotherInstancesEventsInsertedAfterTheWatchSawTheirReservationAreStillRead() throws Exception {
        MongoDatabase tenant = mongo.newTenantDatabase();
        MongoEventStorageEngine here = mongo.engine(tenant).build();
        java.util.concurrent.CountDownLatch reserved = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch insert = new java.util.concurrent.CountDownLatch(1);
        MongoEventStorageEngine elsewhere = mongo.engine(tenant).indexAllocationListener((first, count) -> {
            reserved.countDown();
            MongoEventStorageEngineTest.await(insert);
        }).build();
        WakingEventSource source = new WakingEventSource(here, 10);
        try (TrackingEventStream stream = source.openStream(source.createTailToken())) {
            Thread writer = new Thread(() -> elsewhere.appendEvents(event("e", 0)));
            writer.start();
            reserved.await(10, TimeUnit.SECONDS);
            source.poll(); // sees the reservation, reads, finds nothing yet
            assertThat(stream.hasNextAvailable()).isFalse();

            insert.countDown();
            writer.join();
            source.poll();

            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(labelsOf(stream, 1)).containsExactly("e#0");
        }
    }

    /**
     * A read whose window ends in holes (indexes of appends that failed) comes back short although more events follow.
     * During a rebuild nothing is appended and, a gap timeout after the last append, the watch wakes only streams that
     * wait for gaps: a stream that took a short read for "the end" stopped there for good.
     */
    @Test
    void aReadThatEndsInHolesIsNotTakenForTheEndOfTheEvents() throws Exception {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        engine.appendEvents(event("a", 0));
        // two indexes reserved and given up: the append clashes on its last event and is undone
        assertThatThrownBy(() -> engine.appendEvents(event("c", 0), event("a", 0)))
                .isInstanceOf(org.axonframework.modelling.command.AggregateStreamCreationException.class);
        engine.appendEvents(event("d", 0), event("d", 1), event("d", 2));
        WakingEventSource source = new WakingEventSource(engine, 3); // the first window: a#0 and the two holes
        try (TrackingEventStream stream = source.openStream(source.createTailToken())) {
            assertThat(labelsOf(stream, 1)).containsExactly("a#0");

            assertThat(stream.hasNextAvailable()).as("no append or poll needed: the window was not the end").isTrue();
            assertThat(labelsOf(stream, 3)).containsExactly("d#0", "d#1", "d#2");
            assertThat(stream.hasNextAvailable()).isFalse();
        }
    }

    /** Axon's coordinator can go to sleep with events in the stream (see {@code callBackIfHolding}); the watch wakes it. */
    @Test
    void eventsTheProcessorHasNotTakenCallItBackOnEveryLook() throws Exception {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        WakingEventSource source = new WakingEventSource(engine, 10);
        AtomicInteger callbacks = new AtomicInteger();
        try (TrackingEventStream stream = source.openStream(source.createTailToken())) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            engine.appendEvents(event("h", 0), event("h", 1));
            source.poll(); // sees the new end: wakes the stream, as an append elsewhere would
            assertThat(stream.hasNextAvailable()).as("read into the stream, not taken").isTrue();
            int before = callbacks.get();

            source.poll();
            source.poll();
            assertThat(callbacks).as("one call per look").hasValue(before + 2);

            labelsOf(stream, 2);
            assertThat(stream.hasNextAvailable()).isFalse();
            int taken = callbacks.get();
            source.poll();
            assertThat(callbacks).as("read to the end, nothing held: no call").hasValue(taken);

            engine.appendEvents(event("h", 2), event("h", 3), event("h", 4), event("h", 5), event("h", 6),
                    event("h", 7), event("h", 8), event("h", 9), event("h", 10), event("h", 11), event("h", 12));
            source.poll();
            assertThat(stream.hasNextAvailable()).isTrue();
            labelsOf(stream, 10); // a full batch taken: more to read, not read yet
            int full = callbacks.get();
            source.poll();
            assertThat(callbacks).as("more to read: called back").hasValueGreaterThan(full);
            labelsOf(stream, 1);
            assertThat(stream.hasNextAvailable()).isFalse();
            taken = callbacks.get();
            source.poll();
            assertThat(callbacks).as("nothing held, nothing new: no call").hasValue(taken);
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

    @Test
    void aProcessorWhoseTimersSleepTenMinutesHandlesAnAppendAtOnce() throws Exception {
        MongoDatabase tenant = mongo.newTenantDatabase();
        MongoEventStorageEngine engine = mongo.engine(tenant).build();
        java.util.List<String> handled = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ScheduledExecutorService threads = java.util.concurrent.Executors.newScheduledThreadPool(2);
        org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor processor =
                org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor.builder()
                        .name("listing")
                        .eventHandlerInvoker(org.axonframework.eventhandling.SimpleEventHandlerInvoker.builder()
                                .eventHandlers(new Object() {
                                    @org.axonframework.eventhandling.EventHandler
                                    void on(TestMongo.ThingHappened event) {
                                        handled.add(event.label());
                                    }
                                }).build())
                        .messageSource(new WakingEventSource(engine, 10)) // never polled
                        .tokenStore(mongo.tokenStore(tenant).build())
                        .transactionManager(org.axonframework.common.transaction.NoTransactionManager.instance())
                        .coordinatorExecutor(threads)
                        .workerExecutor(threads)
                        .initialToken(org.axonframework.messaging.StreamableMessageSource::createTailToken)
                        .tokenClaimInterval(600_000)
                        .claimExtensionThreshold(600_000)
                        .build();
        processor.start();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> !processor.processingStatus().isEmpty());

            engine.appendEvents(event("d", 0));

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> handled.contains("d#0"));
        } finally {
            processor.shutdownAsync().get(30, TimeUnit.SECONDS);
            threads.shutdownNow();
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
