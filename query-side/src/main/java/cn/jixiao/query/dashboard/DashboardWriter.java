package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.projection.DeclarationWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps the dashboard contribution of each declaration of one tenant, in one generation's collections; after each
 * batch merges the touched declarations into the figures of their years and tells open streams which years changed.
 */
final class DashboardWriter extends DeclarationWriter<DashboardContribution> {

    private final TenantId tenant;
    private final DashboardYears years;
    private final DashboardChanges changes;

    DashboardWriter(TenantId tenant, EventStore eventStore, DashboardContributions contributions, DashboardYears years,
                    DashboardChanges changes) {
        super(eventStore, contributions);
        this.tenant = tenant;
        this.years = years;
        this.changes = changes;
        contributions.ensureIndexes();
        years.ensureIndexes();
    }

    @Override
    protected DashboardContribution started(DeclarationCreatedEvent event, DomainEventMessage<?> message) {
        return DashboardContribution.created(event, message.getSequenceNumber());
    }

    @Override
    protected DashboardContribution applied(DashboardContribution state, DeclarationEvent event, DomainEventMessage<?> message) {
        return state.apply(event, message.getSequenceNumber(), message.getTimestamp());
    }

    /** Every touched declaration is merged, changed or not: after a crash, the redelivered batch completes the merge. */
    @Override
    protected void written(List<Written<DashboardContribution>> declarations) {
        Map<Integer, List<DashboardContribution>> byYear = declarations.stream()
                .map(Written::after)
                .filter(contribution -> contribution != null)
                .collect(Collectors.groupingBy(DashboardContribution::year, TreeMap::new, Collectors.toList()));
        byYear.forEach((year, contributions) -> {
            if (years.merge(year, contributions)) {
                changes.changed(tenant, year);
            }
        });
    }
}
