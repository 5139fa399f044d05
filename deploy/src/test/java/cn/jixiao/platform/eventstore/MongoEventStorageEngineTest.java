package cn.jixiao.platform.eventstore;

import cn.jixiao.kernel.testing.MutableClock;
import cn.jixiao.platform.eventstore.TestMongo.ThingHappened;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static cn.jixiao.platform.eventstore.TestMongo.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoEventStorageEngineTest extends MongoTestSupport {


    @Test
    void readsAnAggregateBackInOrderAcrossBatches() {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).batchSize(3).build();
        engine.appendEvents(IntStream.range(0, 10).mapToObj(i -> event("a", i)).toList());
        engine.appendEvents(event("b", 0));

        DomainEventStream stream = engine.readEvents("a", 4);
        List<Long> sequences = stream.asStream().map(DomainEventMessage::getSequenceNumber).toList();

        assertThat(sequences).containsExactly(4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(engine.lastSequenceNumberFor("a")).contains(9L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void storesPayloadAndMetadataAsTheExactSerializedJson() {
        MongoDatabase database = mongo.newTenantDatabase();
        MongoEventStorageEngine engine = mongo.engine(database).build();
        DomainEventMessage<ThingHappened> event = event("a", 0, "申报", Instant.parse("2026-01-02T03:04:05.123456Z"));
        engine.appendEvents(event);

        Document stored = database.getCollection("domainevents").find().first();
        assertThat(stored.getString("payload")).isEqualTo("{\"thingId\":\"a\",\"label\":\"申报\"}");
        assertThat(stored.getString("metaData")).contains("\"actorId\":\"tester\"");
        assertThat(stored.getString("timeStamp")).isEqualTo("2026-01-02T03:04:05.123456000Z");
        assertThat(stored.getLong("globalIndex")).isEqualTo(1L);
        assertThat(stored.keySet()).contains("eventIdentifier", "aggregateIdentifier", "sequenceNumber", "type",
                                             "payloadType", "payloadRevision");

        DomainEventMessage<?> read = engine.readEvents("a").next();
        assertThat(read.getPayload()).isEqualTo(event.getPayload());
        assertThat(read.getTimestamp()).isEqualTo(event.getTimestamp());
        assertThat(read.getIdentifier()).isEqualTo(event.getIdentifier());
        assertThat(read.getMetaData()).isEqualTo(event.getMetaData());
    }

    @Test
    void createsItsIndexesOnBuild() {
        MongoDatabase database = mongo.newTenantDatabase();
        mongo.engine(database).build();
        mongo.tokenStore(database).build();

        assertThat(indexNames(database, "domainevents"))
                .contains("uniqueAggregateSequence", "uniqueEventIdentifier", "uniqueGlobalIndex", "uniqueAggregateSeq");
        assertThat(indexNames(database, "snapshotevents")).contains("uniqueSnapshotAggregate", "uniqueSnapshotVersion");
        assertThat(indexNames(database, "trackingtokens")).contains("uniqueProcessorSegment");
    }

    private static List<String> indexNames(MongoDatabase database, String collection) {
        List<String> names = new ArrayList<>();
        database.getCollection(collection).listIndexes().forEach(i -> names.add(i.getString("name")));
        return names;
    }

    @Test
    void ofTwoConcurrentWritersOfTheSameSequenceExactlyOneSucceeds() throws Exception {
        MongoDatabase database = mongo.newTenantDatabase();
        mongo.engine(database).build().appendEvents(event("agg", 0));
        // Both writers reserve their global index, wait for each other, then insert: a true race on (agg, 1).
        CyclicBarrier bothReserved = new CyclicBarrier(2);
        List<MongoEventStorageEngine> writers = Stream.generate(() -> mongo.engine(database)
                .indexAllocationListener((first, count) -> await(bothReserved)).build()).limit(2).toList();

        List<Throwable> failures = race(writers, writer -> writer.appendEvents(event("agg", 1)));

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(ConcurrencyException.class);
        assertThat(database.getCollection("domainevents").countDocuments()).isEqualTo(2);
    }

    @Test
    void ofTwoConcurrentCreatorsOfTheSameAggregateExactlyOneSucceeds() throws Exception {
        MongoDatabase database = mongo.newTenantDatabase();
        CyclicBarrier bothReserved = new CyclicBarrier(2);
        List<MongoEventStorageEngine> writers = Stream.generate(() -> mongo.engine(database)
                .indexAllocationListener((first, count) -> await(bothReserved)).build()).limit(2).toList();

        List<Throwable> failures = race(writers, writer -> writer.appendEvents(event("declaration", 0)));

        // Axon reports a clash on the first event as AggregateStreamCreationException (not a ConcurrencyException
        // subclass): the web layer maps both to 409.
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void aFailedAppendLeavesNoneOfItsEventsBehind() {
        MongoDatabase database = mongo.newTenantDatabase();
        MongoEventStorageEngine engine = mongo.engine(database).build();
        engine.appendEvents(event("b", 0));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 0), event("b", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(engine.lastSequenceNumberFor("a")).isEmpty();
        assertThat(database.getCollection("domainevents").countDocuments()).isEqualTo(1);
    }

    @Test
    void keepsOnlyTheLatestSnapshot() {
        MongoDatabase database = mongo.newTenantDatabase();
        MongoEventStorageEngine engine = mongo.engine(database).build();

        engine.storeSnapshot(event("a", 3, "snap3", Instant.now()));
        engine.storeSnapshot(event("a", 7, "snap7", Instant.now()));
        engine.storeSnapshot(event("a", 5, "late older snapshot", Instant.now()));

        assertThat(engine.readSnapshot("a")).get()
                .satisfies(s -> assertThat(s.getSequenceNumber()).isEqualTo(7L))
                .satisfies(s -> assertThat(((ThingHappened) s.getPayload()).label()).isEqualTo("snap7"));
        assertThat(database.getCollection("snapshotevents").countDocuments()).isEqualTo(1);
        assertThat(engine.readSnapshot("b")).isEmpty();
    }

    @Test
    void trackingWaitsForAReservedIndexThatIsInsertedLate() throws Exception {
        MongoDatabase database = mongo.newTenantDatabase();
        MongoEventStorageEngine reader = mongo.engine(database).build();
        CountDownLatch reserved = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MongoEventStorageEngine slow = mongo.engine(database).indexAllocationListener((first, count) -> {
            reserved.countDown();
            await(release);
        }).build();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        Future<?> slowAppend = executor.submit(() -> slow.appendEvents(event("slow", 0)));
        reserved.await();
        reader.appendEvents(event("fast", 0));

        List<TrackedEventMessage<?>> first = read(reader, reader.createTailToken());
        assertThat(aggregates(first)).containsExactly("fast");
        assertThat(((GapAwareTrackingToken) last(first)).getGaps()).containsExactly(1L);

        release.countDown();
        slowAppend.get(5, TimeUnit.SECONDS);
        executor.shutdown();

        List<TrackedEventMessage<?>> second = read(reader, last(first));
        assertThat(aggregates(second)).containsExactly("slow");
        assertThat(((GapAwareTrackingToken) last(second)).getGaps()).isEmpty();
    }

    @Test
    void givesUpAGapOnlyAfterTheTimeoutOnTheReadersClock() {
        MongoDatabase database = mongo.newTenantDatabase();
        MutableClock readerClock = new MutableClock(Instant.now());
        MongoEventStorageEngine reader = mongo.engine(database).clock(readerClock).gapTimeout(Duration.ofSeconds(60)).build();
        // A writer that reserved index 1 and died before inserting.
        MongoEventStorageEngine dying = mongo.engine(database).indexAllocationListener((first, count) -> {
            throw new IllegalStateException("crashed");
        }).build();
        assertThatThrownBy(() -> dying.appendEvents(event("lost", 0))).hasMessage("crashed");
        reader.appendEvents(event("a", 0));

        TrackingToken token = last(read(reader, reader.createTailToken()));
        assertThat(((GapAwareTrackingToken) token).getGaps()).containsExactly(1L);

        // Even events with ancient writer timestamps do not make the reader drop the gap early.
        reader.appendEvents(event("a", 1, "old clock", Instant.now().minus(Duration.ofDays(1))));
        readerClock.advance(Duration.ofSeconds(59));
        token = last(read(reader, token));
        assertThat(((GapAwareTrackingToken) token).getGaps()).containsExactly(1L);

        readerClock.advance(Duration.ofSeconds(2));
        reader.appendEvents(event("a", 2));
        token = last(read(reader, token));
        assertThat(((GapAwareTrackingToken) token).getGaps()).isEmpty();
        assertThat(token.position()).hasValue(4L);
    }

    @Test
    void aWriterThatStalledAfterReservingTakesFreshIndexesInsteadOfLandingBehindAnExpiredGap() {
        MongoDatabase database = mongo.newTenantDatabase();
        AtomicInteger reservations = new AtomicInteger();
        MongoEventStorageEngine stalling = mongo.engine(database).gapTimeout(Duration.ofMillis(200))
                .indexAllocationListener((first, count) -> {
                    if (reservations.incrementAndGet() == 1) {
                        sleep(Duration.ofMillis(150));
                    }
                }).build();

        stalling.appendEvents(event("a", 0));

        assertThat(reservations).hasValue(2);
        assertThat(database.getCollection("domainevents").find().first().getLong("globalIndex")).isEqualTo(2L);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void createsTailHeadAndTimeBasedTokens() {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        assertThat(engine.createHeadToken()).isEqualTo(engine.createTailToken());
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        engine.appendEvents(event("a", 0, "x", t0));
        engine.appendEvents(event("a", 1, "y", t0.plusSeconds(10)));
        engine.appendEvents(event("a", 2, "z", t0.plusSeconds(20)));

        assertThat(engine.createTailToken().position()).hasValue(0L);
        assertThat(engine.createHeadToken().position()).hasValue(3L);
        assertThat(read(engine, engine.createTokenAt(t0.plusSeconds(5))))
                .extracting(e -> ((ThingHappened) e.getPayload()).label()).containsExactly("y", "z");
        assertThat(engine.createTokenAt(t0.plusSeconds(60))).isEqualTo(engine.createHeadToken());
    }

    @Test
    void aTrackerGetsPastAWindowMadeEntirelyOfHoles() {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).batchSize(3).build();
        engine.appendEvents(event("a", 0));
        // Ten indexes reserved and then given up: the append clashes on its last event and is undone.
        List<DomainEventMessage<?>> failing = new ArrayList<>(IntStream.range(0, 10).mapToObj(i -> event("c", i)).toList());
        failing.add(event("a", 0));
        assertThatThrownBy(() -> engine.appendEvents(failing)).isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("d", 0));

        List<TrackedEventMessage<?>> seen = read(engine, engine.createTailToken());

        assertThat(aggregates(seen)).containsExactly("a", "d");
        assertThat(engine.createHeadToken().position()).hasValue(13L);
    }

    @Test
    void aTrackingReadAsksOnlyForIndexesSomeoneReserved() {
        List<Integer> askedFor = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (cn.jixiao.kernel.testing.InMemoryMongo recorded = new cn.jixiao.kernel.testing.InMemoryMongo(
                settings -> settings.addCommandListener(globalIndexKeysAsked(askedFor)))) {
            MongoEventStorageEngine engine = mongo.engine(recorded.client().getDatabase("jixiao_t_keys")).batchSize(250).build();
            engine.appendEvents(event("a", 0), event("a", 1), event("a", 2));
            askedFor.clear();

            List<TrackedEventMessage<?>> seen = engine.readBatch(null, 250);
            List<TrackedEventMessage<?>> nothingNew = engine.readBatch(seen.get(2).trackingToken(), 250);

            assertThat(seen).hasSize(3);
            assertThat(nothingNew).isEmpty();
            assertThat(askedFor).as("keys per tracking read, not a window of 250").containsExactly(3);
        }
    }

    @Test
    void anAggregateReadAsksForOneKeyPastTheEndItKnowsAndReadsOnWhenOthersAppended() {
        List<Integer> askedFor = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (cn.jixiao.kernel.testing.InMemoryMongo recorded = new cn.jixiao.kernel.testing.InMemoryMongo(
                settings -> settings.addCommandListener(keysAsked("aggregateSeq", askedFor)))) {
            MongoDatabase database = recorded.client().getDatabase("jixiao_t_ends");
            MongoEventStorageEngine engine = mongo.engine(database).batchSize(100).build();
            MongoEventStorageEngine elsewhere = mongo.engine(database).batchSize(100).build();
            engine.appendEvents(event("a", 0), event("a", 1), event("a", 2));
            askedFor.clear();

            assertThat(engine.readEvents("a", 1).asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(1L, 2L);
            assertThat(askedFor).as("keys 1..3, not a batch of 100").containsExactly(3);

            elsewhere.appendEvents(event("a", 3), event("a", 4));
            askedFor.clear();
            assertThat(engine.readEvents("a", 1).asStream().map(DomainEventMessage::getSequenceNumber))
                    .as("the hint was stale: read on").containsExactly(1L, 2L, 3L, 4L);
            assertThat(askedFor).containsExactly(3, 97);
        }
    }

    /** Records how many keys of {@code field} each find on the events asks for. */
    private static com.mongodb.event.CommandListener globalIndexKeysAsked(List<Integer> askedFor) {
        return keysAsked("globalIndex", askedFor);
    }

    private static com.mongodb.event.CommandListener keysAsked(String field, List<Integer> askedFor) {
        return new com.mongodb.event.CommandListener() {
            @Override
            public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
                org.bson.BsonDocument command = event.getCommand();
                if (event.getCommandName().equals("find") && command.getString("find").getValue().equals("domainevents")
                        && command.getDocument("filter").containsKey(field)) {
                    askedFor.add(command.getDocument("filter").getDocument(field).getArray("$in").size());
                }
            }
        };
    }

    @Test
    void eventsStoredWithoutTheirAggregateKeyAreMigratedOnceAtStart() {
        MongoDatabase database = mongo.newTenantDatabase();
        mongo.engine(database).build().appendEvents(event("a", 0), event("a", 1), event("a", 2));
        // As an older version stored them: no aggregate key, no marker.
        database.getCollection("domainevents").updateMany(new Document(), new Document("$unset", new Document("aggregateSeq", "")));
        database.getCollection("eventsequence").deleteOne(new Document("_id", EventKeyMigration.MARKER_ID));

        MongoEventStorageEngine restarted = mongo.engine(database).build();
        mongo.engine(database).build();

        assertThat(restarted.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(0L, 1L, 2L);
        assertThat(restarted.lastSequenceNumberFor("a")).contains(2L);
        assertThat(database.getCollection("domainevents").find(new Document("aggregateSeq", "a/1")).first()).isNotNull();
    }

    @Test
    void tellsItsListenersOfEveryAppendAndWhereTheIndexEnds() {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        AtomicInteger appends = new AtomicInteger();
        engine.onAppend(appends::incrementAndGet);

        engine.appendEvents(event("a", 0), event("a", 1));
        engine.appendEvents(event("a", 2));

        assertThat(appends).hasValue(2);
        assertThat(engine.reservedEnd()).isEqualTo(3L);
    }

    private static List<TrackedEventMessage<?>> read(MongoEventStorageEngine engine, TrackingToken from) {
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(from, false)) {
            return stream.collect(Collectors.toList());
        }
    }

    private static TrackingToken last(List<TrackedEventMessage<?>> events) {
        return events.get(events.size() - 1).trackingToken();
    }

    private static List<String> aggregates(List<TrackedEventMessage<?>> events) {
        return events.stream().map(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()).toList();
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    interface Append {
        void to(MongoEventStorageEngine engine);
    }

    private static List<Throwable> race(List<MongoEventStorageEngine> writers, Append append) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> futures = writers.stream().<Future<?>>map(w -> executor.submit(() -> append.to(w))).toList();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    future.get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            executor.shutdownNow();
        }
    }
}
