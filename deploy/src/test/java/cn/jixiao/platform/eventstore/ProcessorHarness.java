package cn.jixiao.platform.eventstore;

import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A pooled streaming processor over the tenant's {@link WakingEventSource}, wired the way deploy wires one per group
 * and tenant; appends through other engines (other instances) are noticed by polling the source often.
 */
final class ProcessorHarness implements AutoCloseable {

    final EmbeddedEventStore eventStore;
    final PooledStreamingEventProcessor processor;
    private final ScheduledExecutorService coordinator = Executors.newScheduledThreadPool(1);
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();

    ProcessorHarness(String name, MongoEventStorageEngine engine, TokenStore tokenStore, List<Object> handlers) {
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).optimizeEventConsumption(false).build();
        WakingEventSource source = new WakingEventSource(engine, 50);
        // Appends by other instances are only seen by the watch; look often so the tests stay fast.
        watch.scheduleWithFixedDelay(source::poll, 100, 100, TimeUnit.MILLISECONDS);
        processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handlers).build())
                .messageSource(source)
                .batchSize(20)
                .tokenStore(tokenStore)
                .transactionManager(NoTransactionManager.instance())
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(2)
                // Axon's default starts a new processor with a ReplayToken up to the head, so history would count as a
                // replay and @DisallowReplay handlers would never see it. Start from the tail as a live run instead.
                .initialToken(StreamableMessageSource::createTailToken)
                .tokenClaimInterval(100)
                .build();
    }

    ProcessorHarness start() {
        processor.start();
        return this;
    }

    void stop() throws Exception {
        processor.shutdownAsync().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        stop();
        eventStore.shutDown();
        coordinator.shutdownNow();
        watch.shutdownNow();
        workers.shutdownNow();
    }
}
