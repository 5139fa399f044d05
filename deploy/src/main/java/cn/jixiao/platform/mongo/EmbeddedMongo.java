package cn.jixiao.platform.mongo;

import cn.jixiao.platform.storage.DataDirectory;
import cn.jixiao.platform.storage.DurableBackend;
import cn.jixiao.platform.storage.DurableStore;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Optional;

/** The in-process MongoDB of the embedded default: real wire protocol on a loopback port. */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    /**
     * A write's answer waits for its sync on the server's event-loop thread, and only writers on different loops
     * share a sync; with this many loops the driver's concurrent connections mostly get one each.
     */
    private static final int EVENT_LOOPS = 32;

    private final MongoServer server;
    private final String connectionString;
    private final DurableStore store;

    private EmbeddedMongo(MongoServer server, String connectionString, DurableStore store) {
        this.server = server;
        this.connectionString = connectionString;
        this.store = store;
    }

    public static EmbeddedMongo start(MongoSettings.Embedded settings) {
        DurableStore store = settings.inMemory() ? null : DurableStore.open(new DataDirectory(settings.dataDir(),
                settings.fileSystem(), settings.minFreeSpace().toBytes()), settings.retryEvery());
        MongoServer server = new MongoServer(store == null ? new MemoryBackend() : new DurableBackend(store));
        bind(server, settings); // closes the store if it fails
        InetSocketAddress address = server.getLocalAddress();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        log.info("Embedded MongoDB listening on {} ({})", uri,
                store == null ? "memory only" : "data in " + store.directory().storeFile());
        return new EmbeddedMongo(server, uri, store);
    }

    /**
     * Netty throws the BindException of a taken port undeclared, past mongo-java-server's own clean-up, which would
     * leave its event loops running and the process hanging: stop them here and say which port it was.
     */
    private static void bind(MongoServer server, MongoSettings.Embedded settings) {
        try {
            server.bind(new InetSocketAddress(settings.host(), settings.port()), 1, EVENT_LOOPS);
        } catch (Exception e) {
            server.shutdownNow();
            if (e instanceof BindException) {
                throw new EmbeddedMongoPortInUseException(settings.host(), settings.port(), e);
            }
            throw e;
        }
    }

    public String connectionString() {
        return connectionString;
    }

    /** The durable store behind the server; empty when it keeps its data in memory only. */
    public Optional<DurableStore> store() {
        return Optional.ofNullable(store);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
