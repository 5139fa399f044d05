package cn.jixiao.platform.eventstore;

import cn.jixiao.kernel.testing.InMemoryMongo;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The kernel's {@link InMemoryMongo} for the event store's tests: one fresh database per call. */
final class TestMongo implements AutoCloseable {

    static final String AGGREGATE_TYPE = "Thing";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final InMemoryMongo mongo = new InMemoryMongo();
    final Serializer serializer = JacksonSerializer.defaultSerializer();

    static {
        // mongo-java-server and the driver log every connection and collection at INFO; keep test output readable.
        for (String noisy : new String[]{"de.bwaldvogel", "org.mongodb.driver"}) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(noisy)).setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    MongoDatabase newTenantDatabase() {
        return mongo.client().getDatabase("jixiao_t_test_" + DATABASES.incrementAndGet());
    }

    MongoClient client() {
        return mongo.client();
    }

    MongoEventStorageEngine.Builder engine(MongoDatabase database) {
        return MongoEventStorageEngine.builder().database(database).serializer(serializer);
    }

    MongoTokenStore.Builder tokenStore(MongoDatabase database) {
        return MongoTokenStore.builder().database(database).serializer(serializer);
    }

    static DomainEventMessage<ThingHappened> event(String aggregateId, long sequence, String label, Instant at) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence, new ThingHappened(aggregateId, label),
                                               Map.of("actorId", "tester", "tenant", "test"),
                                               UUID.randomUUID().toString(), at);
    }

    static DomainEventMessage<ThingHappened> event(String aggregateId, long sequence) {
        return event(aggregateId, sequence, aggregateId + "#" + sequence, Instant.now());
    }

    @Override
    public void close() {
        mongo.close();
    }

    record ThingHappened(String thingId, String label) {
    }
}
