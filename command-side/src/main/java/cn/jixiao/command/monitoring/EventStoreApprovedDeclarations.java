package cn.jixiao.command.monitoring;

import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationState;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a year's approved declarations without any read model (and so without the query side): the declaration id
 * is name-based on unit, year and kind, so every registered unit names its streams, and each is folded with the
 * kernel's {@link DeclarationState} (approval is never re-derived here). Every read is the key-served stream read
 * of the event store.
 */
public final class EventStoreApprovedDeclarations implements ApprovedDeclarations {

    private final EventStore eventStore;
    private final TenantRegister register;

    public EventStoreApprovedDeclarations(EventStore eventStore, TenantRegister register) {
        this.eventStore = eventStore;
        this.register = register;
    }

    @Override
    public Optional<DeclarationState> approved(DeclarationId id) {
        DeclarationState state = DeclarationState.replay(eventStore.readEvents(id.value(), 0));
        return Optional.ofNullable(state).filter(found -> found.life().everApproved());
    }

    @Override
    public List<DeclarationId> ofYear(int year) {
        return register.current().units().keySet().stream()
                .flatMap(code -> Arrays.stream(DeclarationKind.values())
                        .map(kind -> DeclarationId.forUnit(code.value(), year, kind)))
                .filter(id -> approved(id).isPresent())
                .sorted(Comparator.comparing(DeclarationId::value))
                .toList();
    }
}
