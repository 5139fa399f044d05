package cn.jixiao.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands events to a handler the way a pooled streaming processor does: one {@link BatchingUnitOfWork} per batch,
 * the handler called once per event inside it, and the token stored in a prepare-commit callback registered
 * before the handlers run (as Axon 4.13's {@code WorkPackage} does).
 */
public final class ProcessorBatches {

    private ProcessorBatches() {
    }

    public static void feed(Consumer<EventMessage<?>> handler, List<? extends EventMessage<?>> events) {
        feed(handler, events, uow -> { });
    }

    /** {@code storeToken} is called where the processor stores its token. */
    public static void feed(Consumer<EventMessage<?>> handler, List<? extends EventMessage<?>> events,
                            Consumer<UnitOfWork<?>> storeToken) {
        if (events.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(events));
        unitOfWork.onPrepareCommit(storeToken::accept);
        var result = unitOfWork.executeWithResult(() -> {
            handler.accept(unitOfWork.getMessage());
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("the batch failed", result.exceptionResult());
        }
    }
}
