package cn.jixiao.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import static cn.jixiao.platform.eventstore.TestMongo.event;

/**
 * Appends per second through the engine against raw driver inserts of equivalent documents, on the same
 * mongo-java-server in one run. Excluded from the suite by its tag; run it on demand:
 * <pre>
 * ./mvnw -B -q -pl deploy -am test -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=EventStoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class EventStoreBenchmark {

    private static final int APPENDS = 3_000;

    @Test
    void appendsPerSecondThroughTheEngineAgainstRawInserts() {
        try (TestMongo mongo = new TestMongo()) {
            report("warm-up engine, 1 event/append", 1, measure(engineAppends(mongo, 1)));
            report("warm-up raw insertOne", 1, measure(rawInserts(mongo, 1)));
            report("warm-up engine, 1 event/append", 1, measure(engineAppends(mongo, 1)));
            for (int eventsPerAppend : new int[]{1, 5, 1, 5}) {
                report("raw driver insert, " + eventsPerAppend + " event(s)/append", eventsPerAppend,
                       measure(rawInserts(mongo, eventsPerAppend)));
                report("MongoEventStorageEngine, " + eventsPerAppend + " event(s)/append", eventsPerAppend,
                       measure(engineAppends(mongo, eventsPerAppend)));
            }
        }
    }

    /**
     * What a command asks of the store (load its aggregate: snapshot, then the events after it; append one event),
     * in tenants holding 1k, 10k and 100k events: the rate must not fall with the tenant's size.
     */
    @Test
    void aCommandsStoreWorkDoesNotGrowWithTheTenant() {
        try (TestMongo mongo = new TestMongo()) {
            MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
            int held = 0;
            for (int size : new int[]{1_000, 10_000, 100_000}) {
                for (; held < size; held += 50) { // declarations of 50 events each, as an import makes
                    engine.appendEvents(commit("declaration-" + held / 50, 0, 50));
                }
                report("command store work, tenant of " + size + " events", 1, measure(commandsOn(engine, held / 50)));
            }
        }
    }

    /**
     * Each "command" loads one of the 20 declarations imported last (snapshot at 50, then its events) and appends
     * one, so every tenant size gets the same work: only the events around it differ.
     */
    private static IntConsumer commandsOn(MongoEventStorageEngine engine, int declarations) {
        return i -> {
            String aggregate = "declaration-" + (declarations - 20 + i % 20);
            engine.storeSnapshot(event(aggregate, 49, "snapshot", Instant.now()));
            long next = engine.readEvents(aggregate, 50).asStream().count() + 50;
            engine.appendEvents(event(aggregate, next, aggregate + "#" + next, Instant.now()));
        };
    }

    private static IntConsumer engineAppends(TestMongo mongo, int eventsPerAppend) {
        MongoEventStorageEngine engine = mongo.engine(mongo.newTenantDatabase()).build();
        return i -> engine.appendEvents(commit("agg-" + i % 50, i / 50, eventsPerAppend));
    }

    /** The same documents the engine writes, minus the index reservation and mapping: the floor for one tenant. */
    private static IntConsumer rawInserts(TestMongo mongo, int eventsPerAppend) {
        MongoDatabase database = mongo.newTenantDatabase();
        mongo.engine(database).build(); // same indexes
        MongoCollection<Document> events = database.getCollection("domainevents");
        long[] globalIndex = {0};
        return i -> {
            List<Document> documents = new ArrayList<>();
            for (DomainEventMessage<?> event : commit("agg-" + i % 50, i / 50, eventsPerAppend)) {
                documents.add(EventDocuments.toDocument(event, mongo.serializer).append("globalIndex", ++globalIndex[0]));
            }
            if (documents.size() == 1) {
                events.insertOne(documents.get(0));
            } else {
                events.insertMany(documents);
            }
        };
    }

    private static List<DomainEventMessage<?>> commit(String aggregate, int round, int size) {
        List<DomainEventMessage<?>> commit = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            long sequence = (long) round * size + k;
            commit.add(event(aggregate, sequence, aggregate + "#" + sequence, Instant.now()));
        }
        return commit;
    }

    private static long measure(IntConsumer append) {
        long start = System.nanoTime();
        for (int i = 0; i < APPENDS; i++) {
            append.accept(i);
        }
        return System.nanoTime() - start;
    }

    private static void report(String label, int eventsPerAppend, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK %-45s %8.0f appends/s %8.0f events/s (%d appends in %.2f s)%n",
                          label, APPENDS / seconds, APPENDS * eventsPerAppend / seconds, APPENDS, seconds);
    }
}
