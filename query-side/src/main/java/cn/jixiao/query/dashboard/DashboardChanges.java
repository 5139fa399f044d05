package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.tenant.TenantId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tells open dashboard streams that the figures of a tenant and year changed. One sink per tenant, so a stream
 * only ever sees its own tenant's changes; the year is the signal, filtered per stream.
 */
public final class DashboardChanges {

    /**
     * The projections are built per tenant by a static module entry point while the endpoints are Spring beans:
     * this instance is what both share in the running application. Tests make their own.
     */
    private static final DashboardChanges SHARED = new DashboardChanges();

    /** Projection threads of different segments may emit at once; wait briefly instead of failing. */
    private static final Sinks.EmitFailureHandler RETRY_WHEN_CONCURRENT = Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100));

    private final ConcurrentMap<TenantId, Sinks.Many<Integer>> sinks = new ConcurrentHashMap<>();

    public static DashboardChanges shared() {
        return SHARED;
    }

    /** Called by the projection after it wrote a change of {@code tenant}'s dashboard of {@code year}. */
    public void changed(TenantId tenant, int year) {
        sink(tenant).emitNext(year, RETRY_WHEN_CONCURRENT);
    }

    /** The changes of one tenant and year from now on; nothing is buffered for streams that are not open. */
    public Flux<Integer> of(TenantId tenant, int year) {
        return sink(tenant).asFlux().filter(changedYear -> changedYear == year);
    }

    private Sinks.Many<Integer> sink(TenantId tenant) {
        return sinks.computeIfAbsent(tenant, t -> Sinks.many().multicast().directBestEffort());
    }
}
