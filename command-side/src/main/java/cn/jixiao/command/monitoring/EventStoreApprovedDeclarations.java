package cn.jixiao.command.monitoring;

import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationState;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Finds a year's approved declarations without any read model (and so without the query side): the declaration id
 * is name-based on unit, year and kind, so every registered unit names its streams, and each is folded with the
 * kernel's {@link DeclarationState} (approval is never re-derived here). Every read is the key-served stream read
 * of the event store. The streams of a year are read a few at a time, and what was read is kept for the rest of
 * the unit of work, so an opening reads each declaration once although both the opening and each form's
 * aggregate ask for it (nothing in that unit of work changes a declaration).
 */
public final class EventStoreApprovedDeclarations implements ApprovedDeclarations {

    /** Stream reads at once while a round is opened: they wait on the store, not on the CPU. */
    private static final int READERS = 4;
    private static final String READ_IN_THIS_UNIT_OF_WORK = EventStoreApprovedDeclarations.class.getName();

    private final EventStore eventStore;
    private final TenantRegister register;

    public EventStoreApprovedDeclarations(EventStore eventStore, TenantRegister register) {
        this.eventStore = eventStore;
        this.register = register;
    }

    @Override
    public Optional<DeclarationState> approved(DeclarationId id) {
        Map<DeclarationId, Optional<DeclarationState>> read = readInThisUnitOfWork();
        Optional<DeclarationState> known = read.get(id);
        if (known != null) {
            return known;
        }
        Optional<DeclarationState> state = replay(id);
        read.put(id, state);
        return state;
    }

    @Override
    public List<DeclarationId> ofYear(int year) {
        List<DeclarationId> candidates = register.current().units().keySet().stream()
                .flatMap(code -> Arrays.stream(DeclarationKind.values())
                        .map(kind -> DeclarationId.forUnit(code.value(), year, kind)))
                .sorted(Comparator.comparing(DeclarationId::value))
                .toList();
        Map<DeclarationId, Optional<DeclarationState>> read = readInThisUnitOfWork();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<CompletableFuture<Optional<DeclarationState>>> states = candidates.stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> replay(id), readers)).toList();
            for (int i = 0; i < candidates.size(); i++) {
                read.put(candidates.get(i), states.get(i).join());
            }
        } finally {
            readers.shutdown();
        }
        return candidates.stream().filter(id -> read.get(id).isPresent()).toList();
    }

    private Optional<DeclarationState> replay(DeclarationId id) {
        DeclarationState state = DeclarationState.replay(eventStore.readEvents(id.value(), 0));
        return Optional.ofNullable(state).filter(found -> found.life().everApproved());
    }

    /** Kept on the root unit of work (none outside one: then nothing is kept). */
    private static Map<DeclarationId, Optional<DeclarationState>> readInThisUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(READ_IN_THIS_UNIT_OF_WORK, key -> new HashMap<>());
    }
}
