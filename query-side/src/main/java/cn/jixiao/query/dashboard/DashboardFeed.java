package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.web.Blocking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One live feed of snapshots per tenant and year, shared by every open stream of it: the dashboard is read once per
 * change, not once per stream, and the latest snapshot is handed to a stream that joins. The feed reads at once, after
 * each change this process projected (sampled), and on a slow fallback tick for changes projected by another
 * instance; identical snapshots in a row are passed on once. It runs while at least one stream is open.
 */
@Component
public class DashboardFeed {

    /** A burst of changes (an import, a replay) gives at most four snapshots a second. */
    static final Duration SAMPLE = Duration.ofMillis(250);
    /** Changes projected on another instance are not signalled here: read again this often meanwhile. */
    static final Duration FALLBACK = Duration.ofSeconds(30);

    private record Key(TenantId tenant, int year) {
    }

    private final TenantContexts contexts;
    private final DashboardChanges changes;
    private final Duration fallback;
    private final ConcurrentMap<Key, Flux<DashboardSnapshot>> feeds = new ConcurrentHashMap<>();

    @Autowired
    public DashboardFeed(TenantContexts contexts, DashboardChanges changes) {
        this(contexts, changes, FALLBACK);
    }

    public DashboardFeed(TenantContexts contexts, DashboardChanges changes, Duration fallback) {
        this.contexts = contexts;
        this.changes = changes;
        this.fallback = fallback;
    }

    public Flux<DashboardSnapshot> of(TenantId tenant, int year) {
        return feeds.computeIfAbsent(new Key(tenant, year), this::feed);
    }

    /** The dashboard as stored now. */
    public reactor.core.publisher.Mono<DashboardSnapshot> snapshot(TenantId tenant, int year) {
        return Blocking.call(() -> DashboardReadModel.snapshot(contexts.of(tenant).database(), year));
    }

    private Flux<DashboardSnapshot> feed(Key key) {
        // merge subscribes in order: the changes are watched before the first snapshot is asked for
        return Flux.merge(changes.of(key.tenant(), key.year()).sample(SAMPLE), Flux.just(key.year()),
                        Flux.interval(fallback, fallback).map(tick -> key.year()))
                .onBackpressureLatest()
                .concatMap(changed -> snapshot(key.tenant(), key.year()), 1)
                .distinctUntilChanged()
                .replay(1)
                .refCount();
    }
}
