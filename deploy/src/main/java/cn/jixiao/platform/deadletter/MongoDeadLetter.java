package cn.jixiao.platform.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * One parked event of {@link MongoDeadLetterQueue}: where it sits in its sequence ({@code index}) and, read back from
 * the event store only when it is handled, the event itself.
 */
final class MongoDeadLetter implements DeadLetter<EventMessage<?>> {

    private final String sequence;
    private final long index;
    private final String eventType;
    private final Supplier<EventMessage<?>> message;
    private final Cause cause;
    private final Instant enqueuedAt;
    private final Instant lastTouched;
    private final MetaData diagnostics;

    MongoDeadLetter(String sequence, long index, String eventType, Supplier<EventMessage<?>> message, Cause cause,
                    Instant enqueuedAt, Instant lastTouched, MetaData diagnostics) {
        this.sequence = sequence;
        this.index = index;
        this.eventType = eventType;
        this.message = message;
        this.cause = cause;
        this.enqueuedAt = enqueuedAt;
        this.lastTouched = lastTouched;
        this.diagnostics = diagnostics;
    }

    String sequence() {
        return sequence;
    }

    long index() {
        return index;
    }

    String eventType() {
        return eventType;
    }

    @Override
    public EventMessage<?> message() {
        return message.get();
    }

    @Override
    public java.util.Optional<Cause> cause() {
        return java.util.Optional.ofNullable(cause);
    }

    @Override
    public Instant enqueuedAt() {
        return enqueuedAt;
    }

    @Override
    public Instant lastTouched() {
        return lastTouched;
    }

    @Override
    public MetaData diagnostics() {
        return diagnostics;
    }

    @Override
    public DeadLetter<EventMessage<?>> markTouched() {
        return new MongoDeadLetter(sequence, index, eventType, message, cause, enqueuedAt, Instant.now(), diagnostics);
    }

    @Override
    public DeadLetter<EventMessage<?>> withCause(Throwable requeueCause) {
        Cause next = requeueCause == null ? cause : ThrowableCause.truncated(requeueCause);
        return new MongoDeadLetter(sequence, index, eventType, message, next, enqueuedAt, lastTouched, diagnostics);
    }

    @Override
    public DeadLetter<EventMessage<?>> withDiagnostics(MetaData next) {
        return new MongoDeadLetter(sequence, index, eventType, message, cause, enqueuedAt, lastTouched, next);
    }
}
