package cn.jixiao.platform.eventstore;

import org.axonframework.common.AxonThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One thread for all tenants that looks whether another instance appended to a running tenant (one key read per
 * tenant and look, see {@link WakingEventSource#poll()}): every {@code jixiao.eventstore.watch-interval} after
 * activity, backing off to {@code jixiao.eventstore.watch-max-interval} while the tenant is idle. Appends through
 * this instance wake the processors at once and never wait for it; appends in quick succession are gathered for
 * {@code jixiao.eventstore.gather} (its thread runs the deferred wake-ups).
 */
@Component
public class EventStoreWatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventStoreWatch.class);

    private final Set<WakingEventSource> sources = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("event-store-watch"));

    private final Duration interval;
    private final Duration maxInterval;
    private final Duration gather;

    public EventStoreWatch(@Value("${jixiao.eventstore.watch-interval:2s}") Duration interval,
                           @Value("${jixiao.eventstore.watch-max-interval:16s}") Duration maxInterval,
                           @Value("${jixiao.eventstore.gather:100ms}") Duration gather) {
        this.interval = interval;
        this.maxInterval = maxInterval;
        this.gather = gather;
        thread.scheduleWithFixedDelay(this::pollAll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A source for {@code engine} looking at this watch's pace. */
    public WakingEventSource sourceFor(MongoEventStorageEngine engine, int batchSize) {
        return new WakingEventSource(engine, batchSize, interval, maxInterval, gather, thread);
    }

    /** Watches {@code source} until the returned handle is closed. */
    public AutoCloseable watch(WakingEventSource source) {
        sources.add(source);
        return () -> sources.remove(source);
    }

    private void pollAll() {
        for (WakingEventSource source : sources) {
            try {
                source.poll();
            } catch (RuntimeException e) {
                log.warn("Could not look for new events of a tenant; trying again on the next round", e);
            }
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
