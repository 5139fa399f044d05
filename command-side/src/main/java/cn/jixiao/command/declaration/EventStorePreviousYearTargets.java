package cn.jixiao.command.declaration;

import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads last year's declaration of the same unit from the tenant's own event store and keeps the form as it
 * stood at its last approval: an adjustment in progress does not count until it is approved again. The id is
 * name-based, so no read model (and no dependency on the query side) is needed to find it.
 */
public final class EventStorePreviousYearTargets implements PreviousYearTargets {

    private final EventStore eventStore;

    public EventStorePreviousYearTargets(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public PreviousTargets before(DeclarationForm form) {
        if (form.unit() == null || form.unit().code() == null) {
            return PreviousTargets.NONE;
        }
        DeclarationId previous = DeclarationId.forUnit(form.unit().code(), form.year() - 1, form.kind());
        return lastApproved(eventStore.readEvents(previous.value(), 0))
                .map(EventStorePreviousYearTargets::byIndicatorName)
                .orElse(PreviousTargets.NONE);
    }

    private static Optional<DeclarationForm> lastApproved(DomainEventStream stream) {
        DeclarationForm form = null;
        DeclarationForm approved = null;
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof DeclarationEvent event) {
                form = form == null ? DeclarationForm.replay(List.of(event)) : form.apply(event);
                if (event instanceof DeclarationApprovedEvent || event instanceof ApprovedOnPaperRecordedEvent) {
                    approved = form;
                }
            }
        }
        return Optional.ofNullable(approved);
    }

    private static PreviousTargets byIndicatorName(DeclarationForm approved) {
        Map<String, TargetValue> targets = new HashMap<>();
        for (Goal goal : approved.goals()) {
            for (Indicator indicator : goal.indicators()) {
                if (indicator.name() != null && indicator.target() != null) {
                    targets.putIfAbsent(indicator.name().strip(), indicator.target());
                }
            }
        }
        return name -> Optional.ofNullable(targets.get(name));
    }
}
