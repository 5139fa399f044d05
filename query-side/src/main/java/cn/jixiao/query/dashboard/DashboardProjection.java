package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.Projector;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;

/**
 * Keeps the dashboard contribution of each declaration of one tenant, in one generation's collection.
 *
 * <p>Per declaration an event is applied only if it is the next one of the stream: an earlier one was applied
 * already (replays and redeliveries change nothing); a later one reaches a generation that a rebuild is still
 * filling, whose replay brings the missing events, in order, before it is activated. Writes compare-and-set the
 * sequence number, so the live processor and a rebuild may write the same document at once.
 */
public class DashboardProjection implements Projector {

    private static final int ATTEMPTS = 10;

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

    /** Applies event number {@code seq} (from 0) of its declaration's stream, stored at {@code at}. */
    public void on(DeclarationEvent event, long seq, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            DashboardContribution current = contributions.find(event.declarationId().value()).orElse(null);
            long last = current == null ? -1 : current.seq();
            if (seq != last + 1) {
                return;
            }
            DashboardContribution next = current == null
                    ? (event instanceof DeclarationCreatedEvent created ? DashboardContribution.created(created, seq) : null)
                    : current.apply(event, seq, at);
            if (next == null) {
                return;
            }
            if (contributions.save(next, current)) {
                if (!next.sameFiguresAs(current)) {
                    changes.changed(tenant, next.year());
                }
                return;
            }
        }
        throw new IllegalStateException("看板读模型持续写入冲突：申报表 " + event.declarationId() + " 的事件 " + seq + " 未能投影");
    }
}
