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
