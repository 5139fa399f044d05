package cn.jixiao.query.register;

import cn.jixiao.kernel.register.CompetentDepartmentChangedEvent;
import cn.jixiao.kernel.register.RegisterEvent;
import cn.jixiao.kernel.register.RegisterState;
import cn.jixiao.kernel.register.SectionDefinedEvent;
import cn.jixiao.kernel.register.UnitClosedEvent;
import cn.jixiao.kernel.register.UnitMovedEvent;
import cn.jixiao.kernel.register.UnitRegisteredEvent;
import cn.jixiao.kernel.register.UnitRenamedEvent;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UserRecordedEvent;
import cn.jixiao.kernel.register.YearSettingsSetEvent;
import cn.jixiao.kernel.register.CompetentReviewSetEvent;
import cn.jixiao.query.projection.ReadModelWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the register's rows from the kernel's fold ({@link RegisterState}), the same fold the aggregate decides
 * on. The fold is kept in memory; an event further on than the next one (a rebuild's generation, a restart) is
 * preceded by the missing events read from the event store, and the rows of all of them are written. Each row
 * is written as the fold shows it, with the fold's version, and only over an older one.
 */
final class RegisterProjector implements ReadModelWriter {

    /** Null in tests that feed every event in order. */
    private final EventStore eventStore;
    private final RegisterStore store;
    private RegisterState state = RegisterState.EMPTY;
    private long nextSequence;

    RegisterProjector(EventStore eventStore, RegisterStore store) {
        this.eventStore = eventStore;
        this.store = store;
    }

    @Override
    public void write(List<? extends EventMessage<?>> batch) {
        batch.forEach(this::handle);
    }

    synchronized void handle(EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain) || !(domain.getPayload() instanceof RegisterEvent event)) {
            return;
        }
        List<RegisterEvent> applied = new ArrayList<>();
        if (domain.getSequenceNumber() > nextSequence && eventStore != null) {
            DomainEventStream missing = eventStore.readEvents(domain.getAggregateIdentifier(), nextSequence);
            while (missing.hasNext()) {
                DomainEventMessage<?> each = missing.next();
                if (each.getSequenceNumber() >= domain.getSequenceNumber()) {
                    break;
                }
                if (each.getPayload() instanceof RegisterEvent earlier && each.getSequenceNumber() >= nextSequence) {
                    fold(earlier, each.getSequenceNumber(), applied);
                }
            }
        }
        if (domain.getSequenceNumber() >= nextSequence) {
            fold(event, domain.getSequenceNumber(), applied);
        } else {
            applied.add(event);
        }
        applied.forEach(this::writeRowOf);
    }

    private void fold(RegisterEvent event, long sequence, List<RegisterEvent> applied) {
        state = state.apply(event);
        nextSequence = sequence + 1;
        applied.add(event);
    }

    private void writeRowOf(RegisterEvent event) {
        long version = state.version();
        if (event instanceof SectionDefinedEvent e) {
            state.section(e.section()).ifPresent(section ->
                    store.save(RegisterStore.SECTIONS, section.id().value(), RegisterViews.SectionView.of(section), version));
        } else if (event instanceof UserRecordedEvent e) {
            state.user(e.user().value()).ifPresent(user ->
                    store.save(RegisterStore.USERS, user.id().value(), RegisterViews.UserView.of(user), version));
        } else if (event instanceof YearSettingsSetEvent e) {
            RegisterViews.YearView view = RegisterViews.YearView.of(state.years().get(e.year()));
            store.save(RegisterStore.YEARS, e.year(), view, version);
        } else if (event instanceof CompetentReviewSetEvent) {
            // a tenant-wide switch the command side decides on; no list shows it
            return;
        } else {
            state.unit(unitOf(event)).ifPresent(unit ->
                    store.save(RegisterStore.UNITS, unit.code().value(), RegisterViews.UnitView.of(unit), version));
        }
    }

    private static UnitCode unitOf(RegisterEvent event) {
        if (event instanceof UnitRegisteredEvent e) {
            return e.unit();
        } else if (event instanceof UnitRenamedEvent e) {
            return e.unit();
        } else if (event instanceof UnitMovedEvent e) {
            return e.unit();
        } else if (event instanceof CompetentDepartmentChangedEvent e) {
            return e.unit();
        }
        return ((UnitClosedEvent) event).unit();
    }
}
