package cn.jixiao.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.function.Consumer;

/**
 * How a {@link ProcessorBatch} runs its write. Deploy puts one in the processor's unit of work (resource
 * {@link #RESOURCE}) to time each write and to set aside the declarations whose events cannot be projected, so that
 * one poisoned stream does not hold the rest of the batch, nor the worker threads all tenants share. Without one the
 * write simply runs, and a failure rolls the batch back.
 */
public interface BatchGuard {

    String RESOURCE = BatchGuard.class.getName();

    BatchGuard DIRECT = new BatchGuard() {
        @Override
        public void writeBatch(List<EventMessage<?>> events, Consumer<List<EventMessage<?>>> write) {
            write.accept(events);
        }

        @Override
        public void writeAlone(List<EventMessage<?>> events, Consumer<List<EventMessage<?>>> write) {
            write.accept(events);
        }
    };

    /**
     * Writes a processor's batch, before its token is stored. What cannot be written may be set aside (and then
     * must be, durably) instead of thrown: whatever returns normally, the token moves past every event of the batch.
     */
    void writeBatch(List<EventMessage<?>> events, Consumer<List<EventMessage<?>>> write);

    /** Writes events handled outside a processor's batch (a retried dead letter): a failure is thrown. */
    void writeAlone(List<EventMessage<?>> events, Consumer<List<EventMessage<?>>> write);

    /** The guard the unit of work carries, else {@link #DIRECT}. */
    static BatchGuard of(UnitOfWork<?> unitOfWork) {
        BatchGuard guard = unitOfWork == null ? null : unitOfWork.getResource(RESOURCE);
        return guard == null ? DIRECT : guard;
    }
}
