package cn.jixiao.platform.eventstore;

import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A pooled streaming processor over an embedded event store, wired the way deploy wires one per group and tenant. */
final class ProcessorHarness implements AutoCloseable {

    final EmbeddedEventStore eventStore;
    final PooledStreamingEventProcessor processor;
    private final ScheduledExecutorService coordinator = Executors.newScheduledThreadPool(1);
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);

    ProcessorHarness(String name, EventStorageEngine engine, TokenStore tokenStore, List<Object> handlers) {
        // Appends by other instances are only seen by polling; poll often so the tests stay fast.
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(200).build();
        processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handlers).build())
                .messageSource(eventStore)
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
        workers.shutdownNow();
    }
}
