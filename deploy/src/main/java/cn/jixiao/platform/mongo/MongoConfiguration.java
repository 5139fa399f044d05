package cn.jixiao.platform.mongo;

import cn.jixiao.platform.storage.DurableStore;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One MongoClient for the platform and every tenant; embedded when no URI is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoSettings.class)
public class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    /**
     * Acknowledged means on a majority's journal: it survives the loss of the primary and is never rolled back. A
     * write that cannot get there within this time fails (503) instead of hanging; it may still become durable,
     * which a retry with the same Idempotency-Key answers.
     */
    static final WriteConcern DURABLE = WriteConcern.MAJORITY.withJournal(true).withWTimeout(10, TimeUnit.SECONDS);

    @Bean(destroyMethod = "close")
    EmbeddedMongoHolder embeddedMongo(MongoSettings settings) {
        return new EmbeddedMongoHolder(settings.isEmbedded() ? EmbeddedMongo.start(settings.embedded()) : null);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoSettings settings, EmbeddedMongoHolder embedded) {
        if (settings.isEmbedded()) {
            return MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(embedded.server().connectionString()))
                    .applicationName("jixiao")
                    .build());
        }
        return MongoClients.create(replicaSetSettings(new ConnectionString(settings.uri())));
    }

    /**
     * On a real MongoDB: writes wait for a journaled majority, reads see only majority-committed data from the
     * primary. So a processor never projects an event that a failover could roll back, and a read after an
     * acknowledged write (the same request, or a client's next one) sees it. Anything weaker in the URI is raised.
     */
    static MongoClientSettings replicaSetSettings(ConnectionString uri) {
        if (uri.getWriteConcern() != null && !DURABLE.equals(uri.getWriteConcern())) {
            log.warn("MONGODB_URI asks for write concern {}; the service uses {} for every write", uri.getWriteConcern(), DURABLE);
        }
        return MongoClientSettings.builder()
                .applyConnectionString(uri)
                .applicationName("jixiao")
                .writeConcern(DURABLE)
                .readConcern(ReadConcern.MAJORITY)
                .readPreference(ReadPreference.primary())
                .retryWrites(true)
                .retryReads(true)
                .build();
    }

    /** Keeps the embedded server (if any) alive as long as the client; closed after it. */
    public record EmbeddedMongoHolder(EmbeddedMongo server) implements AutoCloseable {

        /** The embedded default's durable store; empty with a MONGODB_URI or in memory. */
        public Optional<DurableStore> store() {
            return server == null ? Optional.empty() : server.store();
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
