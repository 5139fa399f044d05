package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;
import com.mongodb.client.MongoClient;
import org.axonframework.common.AxonThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The running tenants of this instance. A tenant starts here on its first request (or when onboarded here), so a
 * tenant onboarded on one instance is served by all of them without a restart, and a boot costs the same for ten
 * tenants as for two thousand. A tenant without requests for {@code jixiao.tenancy.idle-timeout} is stopped (its
 * processors finish their batch and release their claims) and starts again on its next request.
 */
@Component
public class TenantRuntimes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TenantRuntimes.class);

    private final TenantRegistry registry;
    private final MongoClient client;
    private final TenantAxonFactory axon;
    private final Clock clock;
    private final Duration idleTimeout;
    /** Every read and write goes through the map's per-key lock, so a tenant is never used while it is stopped. */
    private final Map<TenantId, Running> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("tenant-idle-release"));

    public TenantRuntimes(TenantRegistry registry, MongoClient client, TenantAxonFactory axon, Clock clock,
                          @Value("${jixiao.tenancy.idle-timeout:30m}") Duration idleTimeout) {
        this.registry = registry;
        this.client = client;
        this.axon = axon;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        long every = Math.max(1_000, Math.min(idleTimeout.toMillis() / 4, 60_000));
        sweeper.scheduleWithFixedDelay(this::releaseIdleQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** The runtime of a registered tenant, started on first use. Empty for a tenant the registry doesn't know. */
    public Optional<TenantRuntime> of(TenantId tenant) {
        Running used = running.computeIfPresent(tenant, (id, current) -> current.used(clock.instant()));
        if (used != null) {
            return Optional.of(used.runtime());
        }
        return registry.find(tenant).map(this::start);
    }

    /** Marks a running tenant used now; false if it is not running here. */
    public boolean touch(TenantId tenant) {
        return running.computeIfPresent(tenant, (id, current) -> current.used(clock.instant())) != null;
    }

    public TenantRuntime start(Tenant tenant) {
        return running.compute(tenant.id(), (id, current) -> {
            if (current != null) {
                return current.used(clock.instant());
            }
            long started = System.nanoTime();
            TenantRuntime runtime = axon.start(id, client.getDatabase(TenantDatabases.databaseName(id)));
            log.info("Tenant {} ({}) started in {} ms", id, tenant.name(), (System.nanoTime() - started) / 1_000_000);
            return new Running(runtime, clock.instant());
        }).runtime();
    }

    /** The tenants running on this instance. */
    public Collection<TenantRuntime> running() {
        return running.values().stream().map(Running::runtime).toList();
    }

    /** Stops every tenant not used for the idle timeout; the next request starts it again. */
    void releaseIdle() {
        Instant horizon = clock.instant().minus(idleTimeout);
        for (TenantId tenant : List.copyOf(running.keySet())) {
            running.computeIfPresent(tenant, (id, current) -> {
                if (current.lastUsed().isAfter(horizon)) {
                    return current;
                }
                log.info("Tenant {} idle since {}: releasing its runtime", id, current.lastUsed());
                stop(current.runtime());
                return null;
            });
        }
    }

    private void releaseIdleQuietly() {
        try {
            releaseIdle();
        } catch (RuntimeException e) {
            log.warn("Could not release idle tenants; trying again later", e);
        }
    }

    private record Running(TenantRuntime runtime, Instant lastUsed) {
        Running used(Instant now) {
            return now.isAfter(lastUsed) ? new Running(runtime, now) : this;
        }
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
        stopAll();
    }

    /**
     * Stops the tenants side by side: each waits for its processors to release their segments. They start again
     * on their next request (the embedded store calls this before it reopens at its last durable state).
     */
    public void stopAll() {
        ExecutorService stopping = Executors.newFixedThreadPool(Math.max(1, Math.min(running.size(), 16)));
        try {
            CompletableFuture.allOf(running().stream()
                    .map(runtime -> CompletableFuture.runAsync(() -> stop(runtime), stopping))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            stopping.shutdown();
            running.clear();
        }
    }

    private static void stop(TenantRuntime runtime) {
        try {
            runtime.stop();
        } catch (RuntimeException e) {
            log.warn("Tenant {} did not stop cleanly", runtime.tenant(), e);
        }
    }
}
