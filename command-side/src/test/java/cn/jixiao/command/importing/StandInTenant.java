package cn.jixiao.command.importing;

import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.declaration.DeclarationId;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

import java.util.List;

/**
 * One tenant's Axon configuration as deploy builds it, in memory: the import registered through
 * {@link ImportingModule}, the {@link StandInDeclaration} in place of the real aggregate, and the correlation
 * data provider that carries the import's file name and hash to the events.
 */
final class StandInTenant implements AutoCloseable {

    final Configuration axon;

    StandInTenant() {
        this(TenantRegister.NONE);
    }

    /** With the register the import finds units in by name. */
    StandInTenant(TenantRegister register) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .registerComponent(TenantRegister.class, c -> register)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(StandInDeclaration.class)
                .configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(ImportDeclarationCommand.IMPORT_FILE,
                                ImportDeclarationCommand.IMPORT_SHA256)));
        ImportingModule.configure(configurer);
        axon = configurer.start();
    }

    List<? extends DomainEventMessage<?>> events(DeclarationId id) {
        return axon.eventStore().readEvents(id.toString(), 0L).asStream().toList();
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
