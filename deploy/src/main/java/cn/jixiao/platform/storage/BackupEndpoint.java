package cn.jixiao.platform.storage;

import cn.jixiao.platform.mongo.MongoConfiguration.EmbeddedMongoHolder;
import cn.jixiao.platform.mongo.MongoSettings;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code POST /actuator/backup} (platform operators): a consistent copy of the embedded store, taken while the
 * service runs, holding every write acknowledged before the call. With a MONGODB_URI the database's own backup
 * applies and this answers so.
 */
@Component
@Endpoint(id = "backup")
public class BackupEndpoint {

    private final EmbeddedMongoHolder embedded;
    private final MongoSettings settings;

    public BackupEndpoint(EmbeddedMongoHolder embedded, MongoSettings settings) {
        this.embedded = embedded;
        this.settings = settings;
    }

    @WriteOperation
    public Map<String, Object> backup() {
        DurableStore store = embedded.store().orElseThrow(() -> new IllegalStateException(
                "Nothing to copy here: the service keeps no embedded data (MONGODB_URI set, or memory only); "
                        + "back up the MongoDB deployment with mongodump or its snapshots"));
        try {
            DurableStore.Backup backup = store.backupTo(settings.embedded().backups().toAbsolutePath());
            return Map.of("file", backup.file().toString(), "bytes", backup.bytes(), "storeVersion", backup.version(),
                    "at", backup.at().toString(), "tookMillis", backup.tookMillis(),
                    "restore", "stop the service, unzip this file into the data directory (it holds "
                            + DataDirectory.STORE_FILE + "), start the service");
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        }
    }
}
