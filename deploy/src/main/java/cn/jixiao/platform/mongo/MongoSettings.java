package cn.jixiao.platform.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where MongoDB is. With {@code uri} blank the service starts an embedded, in-process MongoDB
 * (mongo-java-server) that keeps its data in an H2 file under {@code embedded.dataDir}.
 *
 * @param uri      a MongoDB connection string (production: a MongoDB 6+ replica set)
 * @param embedded the embedded server, used only when {@code uri} is blank
 */
@ConfigurationProperties("jixiao.mongodb")
public record MongoSettings(String uri, Embedded embedded) {

    public MongoSettings {
        embedded = embedded == null ? new Embedded(null, null, 0) : embedded;
    }

    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }

    /**
     * @param dataDir where the H2 file lives; blank means memory only (tests)
     * @param host    loopback address to listen on, so operators can look in with any MongoDB client
     * @param port    0 picks a free port
     */
    public record Embedded(Path dataDir, String host, int port) {

        public Embedded {
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
        }

        public boolean inMemory() {
            return dataDir == null || dataDir.toString().isBlank();
        }
    }
}
