package cn.jixiao.platform.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

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
        embedded = embedded == null ? new Embedded(null, null, 0, null, null, null, null) : embedded;
    }

    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }

    /**
     * @param dataDir      where the H2 file lives; blank means memory only (tests)
     * @param host         loopback address to listen on, so operators can look in with any MongoDB client
     * @param port         0 picks a free port
     * @param minFreeSpace below this much free space in the data directory the store reports it cannot promise
     *                     durable writes (readiness DOWN) and does not reopen after a failure
     * @param retryEvery   how often a store that failed to write checks whether it can write again
     * @param backupDir    where {@code POST /actuator/backup} writes its copies; blank: {@code <dataDir>/backups}
     * @param fileSystem   an H2 file system scheme the file is opened through; blank in service (tests inject
     *                     disk faults through one)
     */
    public record Embedded(Path dataDir, String host, int port, DataSize minFreeSpace, Duration retryEvery,
                           Path backupDir, String fileSystem) {

        public Embedded {
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
            minFreeSpace = minFreeSpace == null ? DataSize.ofMegabytes(10) : minFreeSpace;
            retryEvery = retryEvery == null ? Duration.ofSeconds(2) : retryEvery;
        }

        public boolean inMemory() {
            return dataDir == null || dataDir.toString().isBlank();
        }

        /** Where backups go: the configured directory, else {@code backups} in the data directory. */
        public Path backups() {
            return backupDir == null || backupDir.toString().isBlank() ? dataDir.resolve("backups") : backupDir;
        }
    }
}
