package cn.jixiao.platform.eventstore;

import cn.jixiao.platform.eventstore.TestMongo.ThingHappened;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The per-tenant wiring deploy uses, end to end: publish through Axon, handle in a pooled streaming processor. */
class AxonWiringTest extends MongoTestSupport {

    static final class Listing {
        final List<String> labels = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(ThingHappened event) {
            labels.add(event.label());
        }
    }

    @Test
    void aTenantConfigurationStoresEventsInItsDatabaseAndFeedsItsProcessors() {
        MongoDatabase tenantDatabase = mongo.newTenantDatabase();
        Serializer jackson = JacksonSerializer.defaultSerializer();
        Listing listing = new Listing();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(tenantDatabase).serializer(jackson).build();

        Configuration tenant = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> jackson)
                .configureEventSerializer(c -> jackson)
                .configureEmbeddedEventStore(c -> engine)
                .eventProcessing(processing -> processing
                        .usingPooledStreamingEventProcessors()
                        // Processors are woken by the engine's appends instead of polling the event store.
                        .configureDefaultStreamableMessageSource(c -> new WakingEventSource(engine, 100))
                        .registerTokenStore(c -> MongoTokenStore.builder()
                                .database(tenantDatabase)
                                .serializer(c.serializer())
                                .build())
                        .registerPooledStreamingEventProcessorConfiguration(
                                (c, builder) -> builder.initialToken(StreamableMessageSource::createTailToken))
                        .registerEventHandler(c -> listing))
                .start();
        try {
            tenant.eventGateway().publish(new ThingHappened("t1", "申报表已提交"));

            await().atMost(Duration.ofSeconds(30)).until(() -> listing.labels.size() == 1);
            assertThat(listing.labels).containsExactly("申报表已提交");
            assertThat(tenantDatabase.getCollection("domainevents").countDocuments()).isEqualTo(1);
            assertThat(tenantDatabase.getCollection("trackingtokens").countDocuments()).isPositive();
        } finally {
            tenant.shutdown();
        }
    }
}
