package cn.jixiao.kernel.declaration;

import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.util.Iterator;

/**
 * A declaration as its events have made it: the form, its life and the version (the number of events applied,
 * which is also the ETag). Folds {@link DeclarationForm} and {@link DeclarationLife} together, so a reader that
 * needs both cannot apply an event to one and forget the other.
 */
public record DeclarationState(DeclarationForm form, DeclarationLife life, long version) {

    public static DeclarationState created(DeclarationCreatedEvent event) {
        return new DeclarationState(DeclarationForm.created(event), DeclarationLife.created(event), 1);
    }

    /**
     * Folds one event onto a state that may not exist yet: a stream only ever starts with its created event, so
     * anything else before it leaves no state (null).
     */
    public static DeclarationState fold(DeclarationState stateOrNull, DeclarationEvent event, Instant at) {
        if (stateOrNull == null) {
            return event instanceof DeclarationCreatedEvent created ? created(created) : null;
        }
        return stateOrNull.apply(event, at);
    }

    /**
     * Folds a stream as the event store hands it out (messages whose payload is a declaration event; others are
     * skipped). Null when the stream holds no declaration.
     */
    public static DeclarationState replay(Iterator<? extends EventMessage<?>> messages) {
        DeclarationState state = null;
        while (messages.hasNext()) {
            EventMessage<?> message = messages.next();
            if (message.getPayload() instanceof DeclarationEvent event) {
                state = fold(state, event, message.getTimestamp());
            }
        }
        return state;
    }

    /** The state after {@code event}, which happened at {@code at}. */
    public DeclarationState apply(DeclarationEvent event, Instant at) {
        if (event instanceof DeclarationCreatedEvent created) {
            return created(created);
        }
        DeclarationForm next = form.apply(event);
        return new DeclarationState(next, life.apply(event, next, at), version + 1);
    }

    public DeclarationStatus status() {
        return life.status();
    }
}
