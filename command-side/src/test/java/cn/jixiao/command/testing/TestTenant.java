package cn.jixiao.command.testing;

import cn.jixiao.command.CommandDatabases;
import cn.jixiao.command.CommandSideModule;
import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.tenant.TenantId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One tenant as deploy will build it, in memory: an Axon configuration from {@link DefaultConfigurer} with the
 * command side registered through {@link CommandSideModule}, and a MongoDB (mongo-java-server) for the
 * idempotency records. Implements both ports the command side declares.
 */
public final class TestTenant implements TenantCommandGateway, CommandDatabases, AutoCloseable {

    private final StrictInMemoryStorageEngine storage = new StrictInMemoryStorageEngine();
    private final Configuration axon;
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private final String databaseSuffix = "_" + TENANTS.incrementAndGet();

    public TestTenant() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(config -> storage)
                .configureSerializer(config -> JacksonSerializer.defaultSerializer());
        CommandSideModule.configure(configurer);
        axon = configurer.start();
    }

    @Override
    public <R> Mono<R> send(Actor actor, Object command, Map<String, ?> extraMetadata) {
        Map<String, Object> metadata = new HashMap<>(MetadataKeys.forActor(actor));
        metadata.putAll(extraMetadata);
        return Mono.fromFuture(() -> axon.commandGateway().send(command, MetaData.from(metadata)));
    }

    @Override
    public MongoDatabase database(TenantId tenant) {
        return SharedMongo.CLIENT.getDatabase("jixiao_t_" + tenant.value().replace('-', '_') + databaseSuffix);
    }

    public List<DeclarationEvent> events(DeclarationId id) {
        return axon.eventStore().readEvents(id.value(), 0).asStream()
                .map(message -> (DeclarationEvent) message.getPayload())
                .toList();
    }

    public boolean hasSnapshot(DeclarationId id) {
        return storage.hasSnapshot(id.value());
    }

    @Override
    public void close() {
        axon.shutdown();
    }

    /** One in-memory MongoDB for the whole test run (starting one per test costs seconds); tests use their own databases. */
    private static final class SharedMongo {
        private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
        private static final MongoClient CLIENT = MongoClients.create(SERVER.bindAndGetConnectionString());

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                CLIENT.close();
                SERVER.shutdownNow();
            }));
        }
    }
}
