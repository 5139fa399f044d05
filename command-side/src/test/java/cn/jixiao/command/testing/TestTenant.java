package cn.jixiao.command.testing;

import cn.jixiao.command.CommandSideModule;
import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.importing.ImportDeclarationCommand;
import cn.jixiao.command.importing.ImportingModule;
import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One tenant as deploy will build it, in memory: an Axon configuration from {@link DefaultConfigurer} with the
 * command side registered through {@link CommandSideModule}, and idempotency records in memory. Implements the
 * command gateway port and hands out the idempotency port. {@link #importingInto} builds the import's tenant on
 * the same store instead.
 * <p>
 * Query-side has a {@code TestTenant} of its own: the two sides may not depend on each other, and each needs its own
 * wiring (here an Axon configuration with aggregates and no MongoDB; there an event store and the projections on
 * the kernel's {@code InMemoryMongo}).
 */
public final class TestTenant implements TenantCommandGateway, AutoCloseable {

    private final StrictInMemoryStorageEngine storage = new StrictInMemoryStorageEngine();
    private final Configuration axon;
    private final InMemoryIdempotencyRecords idempotency = new InMemoryIdempotencyRecords();

    public TestTenant() {
        this(CommandSideModule::configure);
    }

    private TestTenant(Consumer<Configurer> modules) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(config -> storage)
                .configureSerializer(config -> TestSerializer.jackson());
        modules.accept(configurer);
        axon = configurer.start();
    }

    /**
     * The import's tenant: {@link ImportingModule} with the register it finds units in, the correlation data
     * provider deploy registers so the events carry the import's file name and hash, and {@code declaration} (a
     * stand-in that turns each command into its event) in place of the real aggregate, so the tests see what the
     * import sends and nothing the aggregate decides.
     */
    public static TestTenant importingInto(Class<?> declaration, TenantRegister register) {
        return new TestTenant(configurer -> {
            configurer.registerComponent(TenantRegister.class, config -> register)
                    .configureAggregate(declaration)
                    .configureCorrelationDataProviders(config -> List.of(new MessageOriginProvider(),
                            new SimpleCorrelationDataProvider(ImportDeclarationCommand.IMPORT_FILE,
                                    ImportDeclarationCommand.IMPORT_SHA256)));
            ImportingModule.configure(configurer);
        });
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

    /** The tenant's command bus itself, for a test that sends messages with metadata of its own. */
    public CommandGateway commandGateway() {
        return axon.commandGateway();
    }

    public List<DeclarationEvent> events(DeclarationId id) {
        return messages(id).stream().map(message -> (DeclarationEvent) message.getPayload()).toList();
    }

    /** The declaration's events with their metadata. */
    public List<? extends DomainEventMessage<?>> messages(DeclarationId id) {
        return axon.eventStore().readEvents(id.value(), 0).asStream().toList();
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
