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
 */
@Component
public class TenantStatuses {

    static final Duration TTL = Duration.ofSeconds(5);

    private final TenantRegistry registry;
    private final Clock clock;
    private final Map<TenantId, Entry> cache = new ConcurrentHashMap<>();

    public TenantStatuses(TenantRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public Mono<Boolean> isActive(TenantId tenant) {
        Entry cached = cache.get(tenant);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return Mono.just(cached.active());
        }
        return Mono.fromCallable(() -> registry.find(tenant).map(Tenant::isActive).orElse(false))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(active -> cache.put(tenant, new Entry(active, clock.instant().plus(TTL))));
    }

    public void forget(TenantId tenant) {
        cache.remove(tenant);
    }

    private record Entry(boolean active, Instant until) {
    }
}
