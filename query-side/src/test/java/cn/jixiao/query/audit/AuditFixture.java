package cn.jixiao.query.audit;

import cn.jixiao.kernel.testing.InMemoryMongo;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.kernel.testing.MutableClock;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.support.Seed;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One tenant for the audit tests: mongo-java-server for the audit collections, an Axon event store over an engine
 * the test can tamper with, a fixed-key signer and a clock the test moves.
 */
public final class AuditFixture implements AutoCloseable {

    public static final TenantId TENANT = TenantId.of("nanyue");

    final InMemoryMongo mongo = new InMemoryMongo();
    final TamperableStorageEngine engine = new TamperableStorageEngine();
    // Each reader streams straight from storage, as it does for events older than the producer's cache.
    final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).optimizeEventConsumption(false).build();
    final TenantContext ctx;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    final AuditKeys keys = AuditKeys.generate("test-key");
    final TreeHeads heads;
    final AuditProjection projection;

    public AuditFixture(TreeHeadPolicy policy) {
        ctx = new TenantContext(TENANT, mongo.database(TENANT), eventStore);
        heads = new TreeHeads(keys, policy, clock);
        projection = new AuditProjection(ctx, Optional.of(heads));
    }

    public AuditFixture() {
        this(new TreeHeadPolicy(1_000_000, Duration.ofDays(1)));
    }

    public TenantContext ctx() {
        return ctx;
    }

    public TenantContexts contexts() {
        return tenant -> ctx;
    }

    AuditModule module() {
        return new AuditModule(keys, TreeHeadPolicy.DEFAULT, clock);
    }

    AuditVerification.Result verify() {
        return AuditVerification.verify(ctx, keys);
    }

    AuditLog log() {
        return AuditLog.of(ctx);
    }

    /** Appends to the event store with the metadata deploy attaches: who did it, in which tenant. */
    public void append(List<? extends DomainEventMessage<?>> events) {
        eventStore.publish(events.stream().map(AuditFixture::withActor).toList());
    }

    /** Hands every stored event to the projection in global order, as its tracking processor would. */
    void project() {
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                projection.on(stream.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<TrackedEventMessage<?>> stored() {
        return engine.readEvents(null, false).<TrackedEventMessage<?>>map(e -> e).toList();
    }

    static DomainEventMessage<?> withActor(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        PersonRef who = payload instanceof BusinessReviewPassedEvent || payload instanceof DeclarationReturnedEvent
                ? Seed.BUSINESS : payload instanceof DeclarationApprovedEvent ? Seed.PERFORMANCE : Seed.FILER;
        String roles = who == Seed.FILER ? "FILER" : who == Seed.BUSINESS ? "BUSINESS_REVIEWER" : "PERFORMANCE_REVIEWER";
        return event.andMetaData(Map.of("actorId", who.id(), "actorName", who.name(), "actorRoles", roles,
                "tenant", TENANT.value(), "correlationId", "c-" + event.getIdentifier().substring(0, 8)));
    }

    @Override
    public void close() {
        eventStore.shutDown();
        mongo.close();
    }
}
