package cn.jixiao.query.monitoring;

import cn.jixiao.kernel.monitoring.MonitoringEvent;
import cn.jixiao.kernel.monitoring.MonitoringForm;
import cn.jixiao.kernel.monitoring.MonitoringRoundOpenedEvent;
import cn.jixiao.query.projection.ReadModelWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects monitoring with the read side's idiom (see {@link cn.jixiao.query.projection.DeclarationWriter}): the
 * batch is grouped by form, the touched forms are read with one {@code $in}, each is folded with the kernel's
 * {@link MonitoringForm} and written once by compare-and-set on the sequence number of its last event. An event at
 * or below it changes nothing (replays, redeliveries); a jump is filled from the event store first; a lost race
 * reads and folds again. A round is written once, when opened.
 */
final class MonitoringProjector implements ReadModelWriter {

    private static final int ATTEMPTS = 10;

    /** Null in tests that feed every event in order. */
    private final EventStore eventStore;
    private final MonitoringStore store;

    MonitoringProjector(EventStore eventStore, MonitoringStore store) {
        this.eventStore = eventStore;
        this.store = store;
    }

    @Override
    public void write(List<? extends EventMessage<?>> batch) {
        Map<String, List<DomainEventMessage<?>>> byForm = new LinkedHashMap<>();
        for (EventMessage<?> message : batch) {
            if (message.getPayload() instanceof MonitoringRoundOpenedEvent opened) {
                store.saveRound(MonitoringViews.RoundView.of(opened));
            } else if (message instanceof DomainEventMessage<?> domain && domain.getPayload() instanceof MonitoringEvent event) {
                byForm.computeIfAbsent(event.formId().value(), id -> new ArrayList<>()).add(domain);
            }
        }
        if (byForm.isEmpty()) {
            return;
        }
        Map<String, MonitoringStore.Stored> stored = store.forms(byForm.keySet());
        byForm.forEach((id, events) -> project(id, events, stored.get(id)));
    }

    private void project(String id, List<DomainEventMessage<?>> events, MonitoringStore.Stored stored) {
        MonitoringStore.Stored current = stored;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                current = store.form(id).orElse(null);
            }
            MonitoringStore.Stored next = fold(id, current, events);
            if (next == current || store.save(next, current)) {
                return;
            }
        }
        throw new IllegalStateException("读模型持续写入冲突：监控表 " + id + " 未能投影");
    }

    private MonitoringStore.Stored fold(String id, MonitoringStore.Stored current, List<DomainEventMessage<?>> events) {
        MonitoringForm form = current == null ? null : current.form();
        long last = current == null ? -1 : current.seq();
        for (DomainEventMessage<?> message : events) {
            long seq = message.getSequenceNumber();
            if (seq <= last) {
                continue;
            }
            if (seq > last + 1) {
                if (eventStore == null) {
                    break;
                }
                DomainEventStream missing = eventStore.readEvents(id, last + 1);
                while (missing.hasNext()) {
                    DomainEventMessage<?> each = missing.next();
                    if (each.getSequenceNumber() >= seq) {
                        break;
                    }
                    form = MonitoringForm.fold(form, (MonitoringEvent) each.getPayload(), each.getTimestamp());
                }
            }
            form = MonitoringForm.fold(form, (MonitoringEvent) message.getPayload(), message.getTimestamp());
            last = seq;
        }
        if (form == null || current != null && last == current.seq()) {
            return current;
        }
        return new MonitoringStore.Stored(form, last);
    }
}
