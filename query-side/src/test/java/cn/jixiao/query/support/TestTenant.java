package cn.jixiao.query.support;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.kernel.testing.InMemoryMongo;
import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.form.FormReadModel;
import cn.jixiao.query.rebuild.Generations;
import cn.jixiao.query.projection.LiveHandler;
import cn.jixiao.query.projection.ProjectionProgress;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.List;

/**
 * One tenant for tests: an in-memory MongoDB (mongo-java-server, real driver) and an Axon event store. Events are
 * appended to the store and, through {@link #publish}, also handed to the live form projection in one batch, as the
 * deployed processor would.
 * <p>
 * Command-side has a {@code TestTenant} of its own: the two sides may not depend on each other, and each needs its
 * own wiring (here an event store and the projections on the kernel's {@link InMemoryMongo}; there an Axon
 * configuration with the aggregates).
 */
public final class TestTenant implements AutoCloseable {

    public static final TenantId TENANT = TestActors.NANYUE;

    private final MongoCommands commands = new MongoCommands();
    private final InMemoryMongo mongo = new InMemoryMongo(settings -> settings.addCommandListener(commands));
    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final TenantContext ctx;
    private final ProjectionProgress progress = new ProjectionProgress();
    private final LiveHandler live;

    public TestTenant() {
        ctx = new TenantContext(TENANT, mongo.database(TENANT), eventStore);
        live = new LiveHandler(new FormReadModel(progress), ctx, new Generations(ctx.database()));
    }

    /** What the driver sent (the commands of a projection or a read, for tests on the cost of access). */
    public MongoCommands commands() {
        return commands;
    }

    public TenantContext ctx() {
        return ctx;
    }

    public TenantContexts contexts() {
        return tenant -> ctx;
    }

    public EmbeddedEventStore eventStore() {
        return eventStore;
    }

    /** Appends to the event store only: the projection has not seen them yet. */
    public void append(List<? extends EventMessage<?>> events) {
        eventStore.publish(events);
    }

    /** Appends and projects them as one batch, as the live processor does. */
    public void publish(List<? extends EventMessage<?>> events) {
        append(events);
        ProcessorBatches.feed(live::on, events);
    }

    public LiveHandler live() {
        return live;
    }

    /** What the form projection tells readers waiting for their own write. */
    public ProjectionProgress progress() {
        return progress;
    }

    @Override
    public void close() {
        eventStore.shutDown();
        mongo.close();
    }
}
