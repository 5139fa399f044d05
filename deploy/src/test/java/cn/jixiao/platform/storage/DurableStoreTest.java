package cn.jixiao.platform.storage;

import cn.jixiao.platform.storage.FaultyFilePath.Fault;
import cn.jixiao.query.projection.DerivedWrites;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The embedded store's promise, on a disk that can be made full or read-only at will. */
class DurableStoreTest {

    @TempDir
    Path dir;

    @AfterEach
    void healTheDisk() {
        FaultyFilePath.inject(Fault.NONE);
        FaultyFilePath.openSyncs();
    }

    @Test
    void aDerivedWriteIsAnsweredBeforeItsSyncAndADurableWriteAfterItCarriesIt() throws Exception {
        try (EmbeddedStoreHarness harness = EmbeddedStoreHarness.open(dir)) {
            MongoCollection<Document> things = harness.collection();
            things.insertOne(new Document("_id", "warm-up"));
            FaultyFilePath.holdSyncs();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> derived = pool.submit(() -> things.insertOne(new Document("_id", "derived"),
                        DerivedWrites.insertOne()));
                derived.get(30, java.util.concurrent.TimeUnit.SECONDS);
                // a read does not wait for a derived write either
                assertThat(pool.submit(() -> things.find(new Document("_id", "derived")).first())
                        .get(30, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();

                Future<?> durable = pool.submit(() -> things.insertOne(new Document("_id", "durable")));
                await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !durable.isDone());
                FaultyFilePath.openSyncs();
                durable.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            abandon(harness);
        }
        try (EmbeddedStoreHarness reopened = EmbeddedStoreHarness.open(dir)) {
            assertThat(reopened.collection().find().map(d -> d.get("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("warm-up", "derived", "durable");
        }
    }

    @Test
    void derivedWritesGatherForOneCommitThatTheNextWriteWaitingForTheDiskMakesAtOnce() {
        // derived writes alone would wait an hour for their commit: none is synced on its own
        try (EmbeddedStoreHarness harness = EmbeddedStoreHarness.open(dir, Duration.ofHours(1))) {
            MongoCollection<Document> things = harness.collection();
            things.insertOne(new Document("_id", "warm-up"));
            long before = FaultyFilePath.syncs();
            for (int i = 0; i < 40; i++) {
                things.insertOne(new Document("_id", "derived-" + i), DerivedWrites.insertOne());
            }
            assertThat(FaultyFilePath.syncs() - before).isZero();

            things.insertOne(new Document("_id", "durable"));
            assertThat(FaultyFilePath.syncs() - before).isOne();
            abandon(harness);
        }
        try (EmbeddedStoreHarness reopened = EmbeddedStoreHarness.open(dir)) {
            assertThat(reopened.collection().countDocuments()).isEqualTo(42);
        }
    }

    @Test
    void presenceWritesStartNoCommitAndTheNextCommitCarriesThem() throws Exception {
        try (EmbeddedStoreHarness harness = EmbeddedStoreHarness.open(dir)) {
            MongoCollection<Document> things = harness.collection();
            things.insertOne(new Document("_id", "warm-up"));
            long before = FaultyFilePath.syncs();
            for (int i = 0; i < 20; i++) {
                things.replaceOne(new Document("_id", "heartbeat"), new Document("_id", "heartbeat").append("beat", i),
                        DerivedWrites.presence());
            }
            // seen at once, yet nothing synced: longer than a derived write would wait for its commit
            assertThat(things.find(new Document("_id", "heartbeat")).first()).containsEntry("beat", 19);
            Thread.sleep(StoreGeneration.DERIVED_COMMIT_DELAY.multipliedBy(3).toMillis());
            assertThat(FaultyFilePath.syncs() - before).isZero();

            things.insertOne(new Document("_id", "durable"));
            abandon(harness);
        }
        try (EmbeddedStoreHarness reopened = EmbeddedStoreHarness.open(dir)) {
            assertThat(reopened.collection().find(new Document("_id", "heartbeat")).first()).containsEntry("beat", 19);
        }
    }

    @Test
    void everyAcknowledgedWriteIsInTheFileWhenTheProcessStopsWithoutClosingIt() throws Exception {
        int acknowledged;
        try (EmbeddedStoreHarness harness = EmbeddedStoreHarness.open(dir)) {
            acknowledged = insertConcurrently(harness.collection(), 8, 50);
            // No close: what an acknowledged write left only in memory would be lost now.
            abandon(harness);
        }
        try (EmbeddedStoreHarness reopened = EmbeddedStoreHarness.open(dir)) {
            assertThat(reopened.collection().countDocuments()).isEqualTo(acknowledged);
        }
    }

    @Test
    void concurrentWritersShareSyncs() throws Exception {
        try (EmbeddedStoreHarness harness = EmbeddedStoreHarness.open(dir)) {
            harness.collection().insertOne(new Document("_id", "warm-up"));
            long before = FaultyFilePath.syncs();
            int writes = insertConcurrently(harness.collection(), 16, 40);
            long syncs = FaultyFilePath.syncs() - before;
            assertThat(writes).isEqualTo(640);
            assertThat(syncs).isPositive().isLessThan(writes);
        }
    }

    @Test
    void aFullDiskRefusesWritesLosesNothingAcknowledgedAndRecoversWhenSpaceIsBack() {
        try (EmbeddedStoreHarness harness = EmbeddedStoreHarness.open(dir)) {
            MongoCollection<Document> things = harness.collection();
            things.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            for (int i = 0; i < 20; i++) {
                things.insertOne(new Document("_id", i).append("key", "k" + i));
            }
            FaultyFilePath.inject(Fault.NO_SPACE);
            assertThatThrownBy(() -> things.insertOne(new Document("_id", 20).append("key", "k20")))
                    .isInstanceOf(MongoNodeIsRecoveringException.class)
                    .hasMessageContaining("No space left on device");
            assertThat(harness.store.unavailable()).get().extracting(DurableStore.Unavailable::reason)
                    .asString().contains(dir.toString()).contains("No space left on device");
            assertThatThrownBy(() -> things.countDocuments()).isInstanceOf(MongoNodeIsRecoveringException.class);

            FaultyFilePath.inject(Fault.NONE);
            await().atMost(Duration.ofSeconds(20)).until(() -> harness.store.unavailable().isEmpty());
            assertThat(things.countDocuments()).isEqualTo(20);
            assertThat(things.find(new Document("key", "k19")).first()).isNotNull();
            assertThat(things.find(new Document("key", "k20")).first()).isNull();
            things.insertOne(new Document("_id", 20).append("key", "k20"));
            assertThat(things.find(new Document("key", "k20")).first()).isNotNull();
        }
    }

    @Test
    void aReadOnlyDataDirectoryRefusesWritesUntilItIsWritableAgain() {
        try (EmbeddedStoreHarness harness = EmbeddedStoreHarness.open(dir)) {
            MongoCollection<Document> things = harness.collection();
            things.insertOne(new Document("_id", 1));
            FaultyFilePath.inject(Fault.READ_ONLY);
            assertThatThrownBy(() -> things.insertOne(new Document("_id", 2)))
                    .isInstanceOf(MongoNodeIsRecoveringException.class)
                    .hasMessageContaining("Read-only file system");
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                    .until(() -> harness.store.unavailable().isPresent());

            FaultyFilePath.inject(Fault.NONE);
            await().atMost(Duration.ofSeconds(20)).until(() -> harness.store.unavailable().isEmpty());
            assertThat(things.find().into(new ArrayList<>())).containsExactly(new Document("_id", 1));
        }
    }

    @Test
    void refusesToStartOnADataDirectoryItCannotWriteAndNamesIt() {
        FaultyFilePath.register();
        FaultyFilePath.inject(Fault.READ_ONLY);
        assertThatThrownBy(() -> DurableStore.open(EmbeddedStoreHarness.directory(dir), Duration.ofSeconds(1)))
                .isInstanceOf(DataDirectory.DataDirectoryNotWritableException.class)
                .hasMessageContaining("The data directory " + dir.toAbsolutePath())
                .hasMessageContaining("Read-only file system");
    }

    @Test
    void refusesToStartOnADataDirectoryWithoutTheFreeSpaceItNeeds() {
        DataDirectory tooFull = new DataDirectory(dir, "", Long.MAX_VALUE);
        assertThatThrownBy(() -> DurableStore.open(tooFull, Duration.ofSeconds(1)))
                .hasMessageContaining(dir.toAbsolutePath().toString()).hasMessageContaining("free");
    }

    /** Each writer inserts its own documents; returns how many were acknowledged. */
    private static int insertConcurrently(MongoCollection<Document> things, int writers, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicInteger acknowledged = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        things.insertOne(new Document("_id", writer + "-" + i).append("payload", "x".repeat(200)));
                        acknowledged.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return acknowledged.get();
    }

    /** Drops the store as a killed process would: no final commit, the file lock released. */
    private static void abandon(EmbeddedStoreHarness harness) {
        harness.store.abandonForTests();
    }
}
