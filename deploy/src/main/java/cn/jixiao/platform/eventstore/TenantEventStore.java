package cn.jixiao.platform.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * One tenant's store as Axon uses it: the engine (appends, aggregates), the source the processors track (woken by
 * appends, not polled) and the token store. {@link #close()} stops watching the tenant's store.
 */
public record TenantEventStore(EventStorageEngine engine,
                               StreamableMessageSource<TrackedEventMessage<?>> trackedEvents,
                               TokenStore tokenStore,
                               AutoCloseable watch) implements AutoCloseable {

    @Override
    public void close() {
        try {
            watch.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop watching the tenant's events", e);
        }
    }
}
