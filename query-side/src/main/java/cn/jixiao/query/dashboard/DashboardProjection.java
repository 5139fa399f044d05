package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.Projector;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the dashboard contribution of each declaration of one tenant, in one generation's collection. An event whose
 * sequence number is not past the contribution's last one was applied already and is skipped, so replays,
 * redeliveries and a rebuild racing the live processor change nothing.
 */
public class DashboardProjection implements Projector {

    private final TenantId tenant;
    private final DashboardContributions contributions;
    private final DashboardChanges changes;

    public DashboardProjection(TenantId tenant, DashboardContributions contributions, DashboardChanges changes) {
        this.tenant = tenant;
        this.contributions = contributions;
        this.changes = changes;
        contributions.ensureIndexes();
    }

    @Override
    public void handle(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain && domain.getPayload() instanceof DeclarationEvent event) {
            on(event, domain.getSequenceNumber(), domain.getTimestamp());
        }
    }

    /** Applies event number {@code seq} of its declaration's stream, stored at {@code at}. */
    public void on(DeclarationEvent event, long seq, Instant at) {
        Optional<DashboardContribution> current = contributions.find(event.declarationId().value());
        if (current.isPresent() && current.get().seq() >= seq) {
            return;
        }
        DashboardContribution next = next(current, event, seq, at);
        if (next == null) {
            return;
        }
        contributions.save(next);
        if (!next.sameFiguresAs(current.orElse(null))) {
            changes.changed(tenant, next.year());
        }
    }

    /** Null for an event of a stream whose created event was never seen: there is no year to count it in. */
    private static DashboardContribution next(Optional<DashboardContribution> current, DeclarationEvent event,
                                              long seq, Instant at) {
        if (event instanceof DeclarationCreatedEvent created) {
            return DashboardContribution.created(created, seq);
        }
        return current.map(c -> c.apply(event, seq, at)).orElse(null);
    }
}
