package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.testing.InMemoryMongo;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test fixture: tenants on the kernel's {@link InMemoryMongo}, one database per tenant as deploy names them,
 * and an in-memory event store per tenant.
 */
public final class InMemoryTenants implements TenantContexts, AutoCloseable {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final Map<TenantId, EmbeddedEventStore> eventStores = new ConcurrentHashMap<>();
    private final Set<String> appended = ConcurrentHashMap.newKeySet();

    public MongoDatabase database(TenantId tenant) {
        return mongo.database(tenant);
    }

    @Override
    public TenantContext of(TenantId tenant) {
        return new TenantContext(tenant, database(tenant), eventStore(tenant));
    }

    /**
     * Appends to the tenant's event store only, as the command side does before any projection sees them. An event
     * appended before is not appended again, so a test may hand the same events to a projection twice.
     */
    public void append(TenantId tenant, List<? extends EventMessage<?>> events) {
        eventStore(tenant).publish(events.stream().filter(event -> appended.add(event.getIdentifier())).toList());
    }

    private EmbeddedEventStore eventStore(TenantId tenant) {
        return eventStores.computeIfAbsent(tenant,
                t -> EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build());
    }

    @Override
    public void close() {
        eventStores.values().forEach(EmbeddedEventStore::shutDown);
        mongo.close();
    }
}
