package cn.jixiao.platform.deadletter;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.storage.StorageUnavailable;
import cn.jixiao.query.projection.BatchGuard;
import cn.jixiao.query.projection.ProcessorBatch;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

import static org.axonframework.messaging.deadletter.ThrowableCause.truncated;

/**
 * Dead letters for the projections of one tenant: each processing group gets a {@link MongoDeadLetterQueue} (Axon
 * then wraps its handlers in a {@code DeadLetteringEventHandlerInvoker}: an event of a parked declaration joins its
 * sequence instead of being handled), a time limit on every write, and the {@link ParkingGuard} that parks the
 * declarations a batch cannot write. An outage of the store parks nothing: the batch is delivered again.
 */
public final class TenantDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(TenantDeadLetters.class);

    private final TenantId tenant;
    private final MongoDatabase database;
    private final EventStore eventStore;
    private final TimeLimit timeLimit;
    private final Clock clock = Clock.systemUTC();

    public TenantDeadLetters(TenantId tenant, MongoDatabase database, EventStore eventStore, TimeLimit timeLimit) {
        this.tenant = tenant;
        this.database = database;
        this.eventStore = eventStore;
        this.timeLimit = timeLimit;
    }

    /** Registers the queue, the policy and the guard of {@code group}. */
    public void register(EventProcessingConfigurer processing, String group) {
        MongoDeadLetterQueue queue = new MongoDeadLetterQueue(database, group, eventStore, clock);
        processing.registerDeadLetterQueue(group, c -> queue)
                // Asks the queue about a declaration only when the segment's queue was not empty when claimed, or
                // the declaration was parked since: not once per event. What the guard parks itself, it remembers.
                .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (c, invoker) -> invoker.enableSequenceIdentifierCache())
                .registerDeadLetterPolicy(group, c -> policy(group))
                .registerHandlerInterceptor(group, c -> new Guarding(new ParkingGuard(tenant.value(), group,
                        c.eventProcessingConfiguration().sequencingPolicy(group), queue, timeLimit)));
    }

    /**
     * For a handler failure Axon itself caught (outside a guarded write): park it and say so. A store outage is
     * thrown on while a batch is processed, so the batch rolls back; during a retry it keeps the letter parked.
     */
    private EnqueuePolicy<EventMessage<?>> policy(String group) {
        return (DeadLetter<? extends EventMessage<?>> letter, Throwable cause) -> {
            if (StorageUnavailable.isCause(cause)) {
                if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?>) {
                    throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
                }
                return Decisions.requeue(truncated(cause));
            }
            log.warn("Tenant {}: projection {} parked event {}: {}", tenant.value(), group,
                    letter.message().getIdentifier(), String.valueOf(cause));
            return Decisions.enqueue(truncated(cause));
        };
    }

    /**
     * Puts the guard in each unit of work of the group, and after the batch's last event writes what the batches
     * still hold: when that event joined a parked sequence instead of reaching the handlers, their writes must still
     * come before the token.
     */
    private record Guarding(BatchGuard guard) implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
                throws Exception {
            unitOfWork.resources().putIfAbsent(BatchGuard.RESOURCE, guard);
            Object result = interceptorChain.proceed();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
                ProcessorBatch.flushPending(batch);
            }
            return result;
        }
    }
}
