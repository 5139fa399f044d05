package cn.jixiao.platform.tenancy;

import cn.jixiao.command.CommandSideModule;
import cn.jixiao.command.importing.ImportingModule;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.deadletter.TenantDeadLetters;
import cn.jixiao.platform.deadletter.TimeLimit;
import cn.jixiao.platform.eventstore.MongoTenantEventStorage;
import cn.jixiao.platform.eventstore.TenantEventStorage;
import cn.jixiao.platform.eventstore.TenantEventStore;
import cn.jixiao.query.GroupHandler;
import cn.jixiao.query.QuerySideModule;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.audit.AuditProjection;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Builds and starts the Axon configuration of one tenant: its own event store in its own database, its own
 * command bus with the aggregate, and one pooled streaming processor per projection group. Threads are shared
 * by all tenants, so onboarding a tenant costs no new thread pool.
 */
@Component
public class TenantAxonFactory implements DisposableBean {

    private final Serializer serializer;
    private final TenantEventStorage storage;
    private final QuerySideModule querySide;
    private final MeterRegistry meters;
    private final ScheduledExecutorService coordinators = new ProcessingThreads(2, "axon-coordinator");
    private final ScheduledExecutorService workers = new ProcessingThreads(4, "axon-worker");

    private final Duration claimInterval;
    /** The longest one write of a projection may take before its events are parked (see {@code platform.deadletter}). */
    private final TimeLimit timeLimit;
    /** Segments of a new processor: more than one lets several instances share a tenant's projections. */
    @Value("${jixiao.processing.segments:2}")
    private int segments = 2;

    /**
     * {@code claimInterval}: how often an idle processor's coordinator runs on its own (to look for unclaimed
     * segments and keep its claims); between those it runs only when new events arrive, or when the
     * {@code SegmentBalancer}, which looks at every tenant's processors in memory every few seconds, asks it to claim
     * a segment it lacks. So the interval can be long, and an idle tenant's coordinators nearly never wake. Claims
     * last while their node's heartbeat does (see {@code NodeHeartbeats}), so keeping them costs no database write.
     */
    public TenantAxonFactory(Serializer serializer, TenantEventStorage storage, QuerySideModule querySide, MeterRegistry meters,
                             @Value("${jixiao.processing.claim-interval:30m}") Duration claimInterval,
                             @Value("${jixiao.processing.write-time-limit:30s}") Duration writeTimeLimit) {
        this.serializer = serializer;
        this.storage = storage;
        this.querySide = querySide;
        this.meters = meters;
        this.claimInterval = claimInterval;
        this.timeLimit = new TimeLimit(writeTimeLimit);
    }

    public TenantRuntime start(TenantId tenant, MongoDatabase database) {
        TenantEventStore store = storage.open(database, serializer);
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
                .storageEngine(store.engine())
                // Processors track the store through store.trackedEvents(), never through this event store's own
                // streams: no producer thread per tenant.
                .optimizeEventConsumption(false)
                .build();
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventStore(c -> eventStore)
                .registerComponent(TransactionManager.class, c -> NoTransactionManager.INSTANCE)
                .configureCorrelationDataProviders(c -> List.of(
                        new SimpleCorrelationDataProvider(MetadataKeys.PROPAGATED.toArray(String[]::new))));
        configurer.onShutdown(store::close);
        measured(configurer, tenant);
        CommandSideModule.configure(configurer);
        ImportingModule.configure(configurer);
        registerProjections(configurer.eventProcessing(), new TenantContext(tenant, database, eventStore), store,
                new TenantDeadLetters(tenant, database, eventStore, timeLimit));
        Configuration configuration = configurer.start();
        return new TenantRuntime(tenant, database, configuration);
    }

    /** Commands, events and processors measured with Axon's Micrometer monitors (see {@link TenantMonitors}), every meter tagged by tenant. */
    private void measured(Configurer configurer, TenantId tenant) {
        TenantMonitors monitors = TenantMonitors.of(tenant, meters, Clock.SYSTEM);
        configurer.configureMessageMonitor(configuration -> monitors::monitor);
    }

    private void registerProjections(EventProcessingConfigurer processing, TenantContext context, TenantEventStore store,
                                     TenantDeadLetters deadLetters) {
        processing.registerTokenStore(c -> store.tokenStore())
                .usingPooledStreamingEventProcessors((c, builder) -> builder
                        .messageSource(store.trackedEvents())
                        .coordinatorExecutor(coordinators)
                        .workerExecutor(workers)
                        .initialSegmentCount(segments)
                        .batchSize(MongoTenantEventStorage.TRACKING_BATCH)
                        // The source calls back when events arrive, so between those the coordinator only wakes to
                        // look at its claims: an idle tenant costs a timer tick per processor per claimInterval.
                        .claimExtensionThreshold(claimInterval.toMillis())
                        .tokenClaimInterval(claimInterval.toMillis())
                        // A new processor reads the history as live events, not as a replay.
                        .initialToken(StreamableMessageSource::createTailToken));
        // The audit log appends leaves in the tenant's global order: all its events in one segment. Not Axon's
        // SequentialPolicy: its identifier's hash differs per JVM, so two instances would pick different segments.
        processing.registerSequencingPolicy(AuditProjection.PROCESSING_GROUP, c -> event -> AuditProjection.PROCESSING_GROUP);
        for (GroupHandler group : querySide.handlers(context)) {
            Object handler = group.eventHandler();
            processing.registerEventHandler(c -> handler)
                    .assignHandlerInstancesMatching(group.processingGroup(), candidate -> candidate == handler);
            // One declaration whose events cannot be projected is parked; the rest of the tenant goes on.
            deadLetters.register(processing, group.processingGroup());
        }
    }

    @Override
    public void destroy() {
        coordinators.shutdownNow();
        workers.shutdownNow();
        timeLimit.close();
    }
}
