package cn.jixiao.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers the events Axon hands a handler one by one inside the processor's {@link BatchingUnitOfWork} and passes
 * them on together, at the batch's last event.
 *
 * <p>Why at the last event and not in a unit-of-work callback: Axon 4.13's {@code WorkPackage.processEvents}
 * registers {@code onPrepareCommit(storeToken)} before it hands the batch to the handlers, and the batching unit of
 * work runs prepare-commit callbacks per message in batch order, registration order within a message. So every
 * callback a handler could register runs after the token is stored: a crash in between would skip the batch. Written
 * while handling the last event, the read models are stored before the token; a failure rolls the batch back and the
 * processor delivers it again.
 *
 * <p>Outside a batching unit of work (a handler called directly, or one message per unit of work), each event is a
 * batch of its own.
 *
 * <p>The write runs through the unit of work's {@link BatchGuard}, which may time it and set aside what fails. When
 * the batch's last event never reaches the handler (deploy's dead-letter queue took it because its declaration is
 * parked), whoever took it calls {@link #flushPending} before the token is stored.
 */
public final class ProcessorBatch {

    private static final Logger log = LoggerFactory.getLogger(ProcessorBatch.class);

    private static final String PENDING = ProcessorBatch.class.getName() + "#pending";

    private final String resourceKey;
    private final Consumer<List<EventMessage<?>>> write;

    /** @param name tells apart the batches of handlers sharing a unit of work; unique per handler instance */
    public ProcessorBatch(String name, Consumer<List<EventMessage<?>>> write) {
        this.resourceKey = ProcessorBatch.class.getName() + "#" + name + "@" + System.identityHashCode(this);
        this.write = write;
    }

    public void add(EventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            write.accept(List.of(event));
            return;
        }
        if (!(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            BatchGuard.of(CurrentUnitOfWork.get()).writeAlone(List.of(event), write);
            return;
        }
        Pending pending = batch.getResource(resourceKey);
        if (pending == null) {
            // not getOrComputeResource: making one registers it in another resource of the same map
            pending = pendingIn(batch);
            batch.resources().put(resourceKey, pending);
        }
        pending.events.add(event);
        if (batch.isLastMessage()) {
            pending.flush();
        }
    }

    /**
     * Writes whatever the batches of this unit of work still hold: for the one who handled the batch's last event
     * in place of the handlers, so that their writes come before the token.
     */
    public static void flushPending(UnitOfWork<?> unitOfWork) {
        List<Pending> all = unitOfWork.getResource(PENDING);
        if (all != null) {
            all.forEach(Pending::flush);
        }
    }

    private Pending pendingIn(UnitOfWork<?> batch) {
        Pending pending = new Pending(batch);
        batch.<List<Pending>>getOrComputeResource(PENDING, key -> new ArrayList<>()).add(pending);
        // Only reached when the batch's last event never came to this handler (something filtered it out): writing
        // late is better than dropping, but it comes after the token, so say so.
        batch.onPrepareCommit(u -> {
            if (!pending.events.isEmpty()) {
                log.warn("{}: {} events written after the token was stored", resourceKey, pending.events.size());
                pending.flush();
            }
        });
        return pending;
    }

    private final class Pending {
        private final List<EventMessage<?>> events = new ArrayList<>();
        private final UnitOfWork<?> unitOfWork;

        Pending(UnitOfWork<?> unitOfWork) {
            this.unitOfWork = unitOfWork;
        }

        void flush() {
            if (events.isEmpty()) {
                return;
            }
            List<EventMessage<?>> batch = List.copyOf(events);
            events.clear();
            BatchGuard.of(unitOfWork).writeBatch(batch, write);
        }
    }
}
