package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;
import com.mongodb.client.MongoClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The running tenants of this instance. A tenant starts here on its first request (or when onboarded here), so a
 * tenant onboarded on one instance is served by all of them without a restart, and a boot costs the same for ten
 * tenants as for two thousand.
 */
@Component
public class TenantRuntimes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TenantRuntimes.class);

    private final TenantRegistry registry;
    private final MongoClient client;
    private final TenantAxonFactory axon;
    private final Map<TenantId, TenantRuntime> running = new ConcurrentHashMap<>();

    public TenantRuntimes(TenantRegistry registry, MongoClient client, TenantAxonFactory axon) {
        this.registry = registry;
        this.client = client;
        this.axon = axon;
    }

    /** The runtime of a registered tenant, started on first use. Empty for a tenant the registry doesn't know. */
    public Optional<TenantRuntime> of(TenantId tenant) {
        TenantRuntime runtime = running.get(tenant);
        if (runtime != null) {
            return Optional.of(runtime);
        }
        return registry.find(tenant).map(this::start);
    }

    public TenantRuntime start(Tenant tenant) {
        return running.computeIfAbsent(tenant.id(), id -> {
            long started = System.nanoTime();
            TenantRuntime runtime = axon.start(id, client.getDatabase(TenantDatabases.databaseName(id)));
            log.info("Tenant {} ({}) started in {} ms", id, tenant.name(), (System.nanoTime() - started) / 1_000_000);
            return runtime;
        });
    }

    /** The tenants running on this instance. */
    public Collection<TenantRuntime> running() {
        return List.copyOf(running.values());
    }

    @Override
    public void destroy() {
        stopAll();
    }

    /**
     * Stops the tenants side by side: each waits for its processors to release their segments. They start again
     * on their next request (the embedded store calls this before it reopens at its last durable state).
     */
    public void stopAll() {
        ExecutorService stopping = Executors.newFixedThreadPool(Math.max(1, Math.min(running.size(), 16)));
        try {
            CompletableFuture.allOf(running.values().stream()
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
