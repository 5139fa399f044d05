package cn.jixiao.platform.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** The in-process MongoDB of the embedded default: real wire protocol on a loopback port. */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongo(MongoServer server, String connectionString) {
        this.server = server;
        this.connectionString = connectionString;
    }

    public static EmbeddedMongo start(MongoSettings.Embedded settings) {
        MongoServer server = new MongoServer(backend(settings));
        bind(server, settings);
        InetSocketAddress address = server.getLocalAddress();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        log.info("Embedded MongoDB listening on {} ({})", uri,
                settings.inMemory() ? "memory only" : "data in " + settings.dataDir().toAbsolutePath());
        return new EmbeddedMongo(server, uri);
    }

    /**
     * Netty throws the BindException of a taken port undeclared, past mongo-java-server's own clean-up, which would
     * leave its event loops running and the process hanging: stop them here and say which port it was.
     */
    private static void bind(MongoServer server, MongoSettings.Embedded settings) {
        try {
            server.bind(settings.host(), settings.port());
        } catch (Exception e) {
            server.shutdownNow();
            if (e instanceof BindException) {
                throw new EmbeddedMongoPortInUseException(settings.host(), settings.port(), e);
            }
            throw e;
        }
    }

    private static MongoBackend backend(MongoSettings.Embedded settings) {
        if (settings.inMemory()) {
            return new MemoryBackend();
        }
        Path dir = settings.dataDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir.toAbsolutePath(), e);
        }
        return new H2Backend(dir.resolve("mongo.mv").toString());
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
