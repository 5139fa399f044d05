package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a tenant may be served, asked on every request. Cached briefly so a request costs no database
 * round trip; a suspension made on this instance applies at once, one made on another within the TTL.
 * An active tenant is started here, on the store's pool, if it is not running yet (so no controller starts it on
 * the event loop), and every request marks it used (see {@link TenantRuntimes#releaseIdle()}).
 */
@Component
public class TenantStatuses {

    static final Duration TTL = Duration.ofSeconds(5);

    private final TenantRegistry registry;
    private final TenantRuntimes runtimes;
    private final StoreWork work;
    private final Clock clock;
    private final Map<TenantId, Entry> cache = new ConcurrentHashMap<>();

    public TenantStatuses(TenantRegistry registry, TenantRuntimes runtimes, StoreWork work, Clock clock) {
        this.registry = registry;
        this.runtimes = runtimes;
        this.work = work;
        this.clock = clock;
    }

    public Mono<Boolean> isActive(TenantId tenant) {
        Entry cached = cache.get(tenant);
        Mono<Boolean> active = cached != null && cached.until().isAfter(clock.instant())
                ? Mono.just(cached.active())
                : Mono.fromCallable(() -> registry.find(tenant).map(Tenant::isActive).orElse(false))
                      .subscribeOn(Schedulers.boundedElastic())
                      .doOnNext(found -> cache.put(tenant, new Entry(found, clock.instant().plus(TTL))));
        return active.flatMap(yes -> yes ? running(tenant).thenReturn(true) : Mono.just(false));
    }

    private Mono<Void> running(TenantId tenant) {
        if (runtimes.touch(tenant)) {
            return Mono.empty();
        }
        return Mono.<Void>fromRunnable(() -> runtimes.of(tenant)).subscribeOn(work.scheduler());
    }

    public void forget(TenantId tenant) {
        cache.remove(tenant);
    }

    private record Entry(boolean active, Instant until) {
    }
}
