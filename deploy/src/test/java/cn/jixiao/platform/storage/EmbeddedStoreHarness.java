package cn.jixiao.platform.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A durable embedded store on the faulty file system, its server on a free port and a driver client. */
final class EmbeddedStoreHarness implements AutoCloseable {

    final DurableStore store;
    final MongoServer server;
    final MongoClient client;

    private EmbeddedStoreHarness(DurableStore store) {
        this.store = store;
        this.server = new MongoServer(new DurableBackend(store));
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, 16);
        InetSocketAddress address = server.getLocalAddress();
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build());
    }

    static EmbeddedStoreHarness open(Path dir) {
        return open(dir, StoreGeneration.DERIVED_COMMIT_DELAY);
    }

    /** With derived writes gathered for {@code derivedCommitDelay} before they are committed on their own. */
    static EmbeddedStoreHarness open(Path dir, Duration derivedCommitDelay) {
        FaultyFilePath.register();
        return new EmbeddedStoreHarness(DurableStore.open(directory(dir), Duration.ofMillis(100), derivedCommitDelay));
    }

    static DataDirectory directory(Path dir) {
        return new DataDirectory(dir, FaultyFilePath.SCHEME, 0);
    }

    /** Writes into the store file in {@code dir} as an earlier version did: H2's own backend and types. */
    static void writtenByTheFormerBackend(Path dir, Consumer<MongoClient> writes) {
        FaultyFilePath.register();
        MongoServer server = new MongoServer(new H2Backend(directory(dir).storeFileName()));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))) {
            writes.accept(client);
        } finally {
            server.shutdownNow();
        }
    }

    MongoCollection<Document> collection() {
        return client.getDatabase("durability").getCollection("things");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
