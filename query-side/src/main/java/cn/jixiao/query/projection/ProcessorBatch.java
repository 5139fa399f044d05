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
 */
public final class ProcessorBatch {

    private static final Logger log = LoggerFactory.getLogger(ProcessorBatch.class);

    private final String resourceKey;
    private final Consumer<List<EventMessage<?>>> write;

    /** @param name tells apart the batches of handlers sharing a unit of work; unique per handler instance */
    public ProcessorBatch(String name, Consumer<List<EventMessage<?>>> write) {
        this.resourceKey = ProcessorBatch.class.getName() + "#" + name + "@" + System.identityHashCode(this);
        this.write = write;
    }

    public void add(EventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            write.accept(List.of(event));
            return;
        }
        Pending pending = batch.getOrComputeResource(resourceKey, key -> pendingIn(batch));
        pending.events.add(event);
        if (batch.isLastMessage()) {
            pending.flush();
        }
    }

    private Pending pendingIn(UnitOfWork<?> batch) {
        Pending pending = new Pending();
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

        void flush() {
            List<EventMessage<?>> batch = List.copyOf(events);
            events.clear();
            write.accept(batch);
        }
    }
}
