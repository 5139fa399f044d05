package cn.jixiao.platform.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Acknowledged writes per second on the embedded default before and after durability: H2 with its own
 * once-a-second auto-commit (acknowledged before anything is on disk) against the durable store (each write
 * committed and synced before it is acknowledged, concurrent writers sharing syncs), both on files in the same
 * directory, event-sized documents with a unique (aggregate, sequence) index. Run on demand:
 * <pre>
 * ./mvnw -B -q -pl deploy -am test -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=DurabilityBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class DurabilityBenchmark {

    private static final int WRITES_PER_WRITER = 1_500;

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesPerSecondBeforeAndAfterDurability() throws Exception {
        measure(today(), 4); // warm-up of both paths, not reported
        measure(durable(), 4);
        for (int writers : new int[]{1, 4, 16, 1, 4, 16}) {
            double today = measure(today(), writers);
            double durable = measure(durable(), writers);
            System.out.printf(Locale.ROOT,
                    "BENCHMARK %2d writer(s): H2 auto-commit (today) %7.0f writes/s, durable (commit+sync, group commit) %7.0f writes/s, factor %.1f%n",
                    writers, today, durable, today / durable);
        }
    }

    private MongoBackend today() {
        return new H2Backend(dir.resolve("today-" + System.nanoTime() + ".mv").toString());
    }

    private MongoBackend durable() {
        return new DurableBackend(DurableStore.open(new DataDirectory(dir.resolve("durable-" + System.nanoTime()), "", 0),
                Duration.ofSeconds(2)));
    }

    private static double measure(MongoBackend backend, int writers) throws Exception {
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, 32);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoCollection<Document> events = client.getDatabase("bench").getCollection("domainevents");
            events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String aggregate = "agg-" + w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < WRITES_PER_WRITER; i++) {
                        events.insertOne(new Document("aggregateIdentifier", aggregate).append("sequenceNumber", (long) i)
                                .append("type", "FunctionsDescribed").append("payload", "{\"text\":\"" + "职能".repeat(100) + "\"}")
                                .append("metaData", "{\"actor\":\"filer\"}").append("globalIndex", (long) i));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            return writers * WRITES_PER_WRITER / seconds;
        } finally {
            server.shutdownNow();
        }
    }
}
