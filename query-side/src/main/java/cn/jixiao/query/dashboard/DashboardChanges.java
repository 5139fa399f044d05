package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.projection.Notifications;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tells the dashboard feeds of this process that the figures of a tenant and year changed. One sink per tenant,
 * so a feed only ever sees its own tenant's changes; the year is the signal, filtered per feed. The projections and
 * the endpoints share the one bean.
 */
@Component
public class DashboardChanges {

    private final ConcurrentMap<TenantId, Sinks.Many<Integer>> sinks = new ConcurrentHashMap<>();

    /** Called by the projection after it wrote a change of {@code tenant}'s dashboard of {@code year}. */
    public void changed(TenantId tenant, int year) {
        Notifications.emit(sink(tenant), year);
    }

    /** The changes of one tenant and year from now on; nothing is buffered for feeds that are not open. */
    public Flux<Integer> of(TenantId tenant, int year) {
        return sink(tenant).asFlux().filter(changedYear -> changedYear == year);
    }

    private Sinks.Many<Integer> sink(TenantId tenant) {
        return sinks.computeIfAbsent(tenant, t -> Sinks.many().multicast().directBestEffort());
    }
}
