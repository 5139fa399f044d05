package cn.jixiao.command.testing;

import cn.jixiao.command.CommandSideModule;
import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.messaging.MetaData;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One tenant as deploy will build it, in memory: an Axon configuration from {@link DefaultConfigurer} with the
 * command side registered through {@link CommandSideModule}, and idempotency records in memory. Implements the
 * command gateway port and hands out the idempotency port.
 */
public final class TestTenant implements TenantCommandGateway, AutoCloseable {

    private final StrictInMemoryStorageEngine storage = new StrictInMemoryStorageEngine();
    private final Configuration axon;
    private final InMemoryIdempotencyRecords idempotency = new InMemoryIdempotencyRecords();

    public TestTenant() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(config -> storage)
                .configureSerializer(config -> TestSerializer.jackson());
        CommandSideModule.configure(configurer);
        axon = configurer.start();
    }

    @Override
    public <R> Mono<R> send(Actor actor, Object command, Map<String, ?> extraMetadata) {
        Map<String, Object> metadata = new HashMap<>(MetadataKeys.forActor(actor));
        metadata.putAll(extraMetadata);
        return Mono.fromFuture(() -> axon.commandGateway().send(command, MetaData.from(metadata)));
    }

    /** The tenant's idempotency records, the other port the command side declares. */
    public InMemoryIdempotencyRecords idempotencyRecords() {
        return idempotency;
    }

    public List<DeclarationEvent> events(DeclarationId id) {
        return axon.eventStore().readEvents(id.value(), 0).asStream()
                .map(message -> (DeclarationEvent) message.getPayload())
                .toList();
    }

    /** How many events the stream of any aggregate holds. */
    public long eventCount(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId, 0).asStream().count();
    }

    public boolean hasSnapshot(DeclarationId id) {
        return storage.hasSnapshot(id.value());
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
