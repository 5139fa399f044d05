package cn.jixiao.platform.storage;

import cn.jixiao.platform.mongo.MongoConfiguration.EmbeddedMongoHolder;
import cn.jixiao.platform.mongo.MongoSettings;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.system.DiskSpaceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.File;

/**
 * Health of the storage: {@code storage} is DOWN while writes cannot be made durable (the readiness group includes
 * it, so traffic goes elsewhere), and the disk-space check watches the data directory, not the working directory.
 */
@Configuration(proxyBeanMethods = false)
public class StorageHealthConfiguration {

    /** Replaces Boot's default, which would look at the working directory. */
    @Bean
    HealthIndicator diskSpaceHealthIndicator(MongoSettings settings) {
        MongoSettings.Embedded embedded = settings.embedded();
        File watched = settings.isEmbedded() && !embedded.inMemory() ? embedded.dataDir().toAbsolutePath().toFile()
                : new File(".").getAbsoluteFile();
        return new DiskSpaceHealthIndicator(watched, embedded.minFreeSpace());
    }

    @Bean("storage")
    HealthIndicator storageHealthIndicator(EmbeddedMongoHolder embedded, MongoSettings settings) {
        return new AbstractHealthIndicator("Storage health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                if (embedded.store().isEmpty()) {
                    builder.up().withDetail("backend", settings.isEmbedded() ? "embedded, memory only"
                            : "MongoDB (write concern majority, journaled)");
                    return;
                }
                DurableStore store = embedded.store().get();
                builder.withDetail("backend", "embedded").withDetail("dataDir", store.directory().path().toString());
                store.unavailable().ifPresentOrElse(
                        down -> builder.down().withDetail("reason", down.reason()).withDetail("since", down.since().toString()),
                        () -> builder.up());
            }
        };
    }
}
