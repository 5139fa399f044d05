package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.rebuild.SequencedProjector;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Keeps the dashboard contribution of each declaration of one tenant, in one generation's collection, and tells
 * open streams when the figures of a year changed.
 */
public class DashboardProjection extends SequencedProjector<DashboardContribution> {

    private final TenantId tenant;
    private final DashboardChanges changes;

    public DashboardProjection(TenantId tenant, EventStore eventStore, DashboardContributions contributions,
                               DashboardChanges changes) {
        super(eventStore, contributions);
        this.tenant = tenant;
        this.changes = changes;
        contributions.ensureIndexes();
    }

    @Override
    protected DashboardContribution started(DeclarationCreatedEvent event, DomainEventMessage<?> message) {
        return DashboardContribution.created(event, message.getSequenceNumber());
    }

    @Override
    protected DashboardContribution applied(DashboardContribution state, DeclarationEvent event, DomainEventMessage<?> message) {
        return state.apply(event, message.getSequenceNumber(), message.getTimestamp());
    }

    /** Only a change of the figures wakes the streams: most edits (texts, goals) change none. */
    @Override
    protected void saved(DashboardContribution next, DashboardContribution previous) {
        if (!next.sameFiguresAs(previous)) {
            changes.changed(tenant, next.year());
        }
    }
}
