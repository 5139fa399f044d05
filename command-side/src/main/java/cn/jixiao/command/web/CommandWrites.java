package cn.jixiao.command.web;

import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * How every write endpoint writes (api.md), so that its controller only says which command and which answer: the
 * caller's role is checked first, the command is built with the version the request expects ({@code If-Match}),
 * sent through the tenant's command bus, and answered 200 with the new version in body and {@code ETag}; a POST
 * runs once per {@code Idempotency-Key}.
 */
public final class CommandWrites {

    private final TenantCommandGateway commands;
    private final IdempotentRequests idempotent;

    public CommandWrites(TenantCommandGateway commands, IdempotentRequests idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    /**
     * What a write on one stream answers with its new version, and what a failure of its command reads as (Axon's
     * "no such aggregate" becomes the feature's 404, say).
     */
    public record Answer(LongFunction<?> body, UnaryOperator<Throwable> failures) {

        public static Answer of(LongFunction<?> body) {
            return new Answer(body, UnaryOperator.identity());
        }
    }

    /** A filer's PUT or DELETE: answered 200 with the new version. */
    public Mono<ResponseEntity<?>> edit(Actor actor, String action, WriteRequest request,
                                        Function<Long, ?> command, Answer answer) {
        Access.require(actor, Role.FILER, action);
        return written(actor, command.apply(request.expectedVersion()), answer);
    }

    /** A POST that moves a stream along its life, once per {@code Idempotency-Key}; {@code body} is what it was sent. */
    public Mono<ResponseEntity<?>> act(Actor actor, Role role, String action, Object body, WriteRequest request,
                                       Function<Long, ?> command, Answer answer) {
        Access.require(actor, role, action);
        Object built = command.apply(request.expectedVersion());
        return once(actor, request, body, () -> written(actor, built, answer));
    }

    /** Sends the command and answers 200 with the new version, in the body and as {@code ETag}. */
    public Mono<ResponseEntity<?>> written(Actor actor, Object command, Answer answer) {
        return this.<Long>send(actor, command)
                .onErrorMap(answer.failures()::apply)
                .map(version -> ResponseEntity.ok().eTag(Versions.etag(version)).body(answer.body().apply(version)));
    }

    /** Runs {@code action} unless the actor already sent the request's {@code Idempotency-Key} (see {@link IdempotentRequests}). */
    public Mono<ResponseEntity<?>> once(Actor actor, WriteRequest request, Object body,
                                        Supplier<Mono<ResponseEntity<?>>> action) {
        return idempotent.once(actor, request, body, action);
    }

    /** The command, as the actor, with no metadata of its own. */
    public <R> Mono<R> send(Actor actor, Object command) {
        return commands.send(actor, command, Map.of());
    }

    /** 201: where the new resource is, and its version as {@code ETag}. */
    public static ResponseEntity<?> created(URI location, long version, Object body) {
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(Versions.etag(version)).body(body);
    }

    /** Whether {@code cause}, or any cause of it, is what {@code wanted} looks for. */
    public static boolean causedBy(Throwable cause, Predicate<Throwable> wanted) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (wanted.test(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An id that is name-based, refused a second stream by the event store: what it names exists already. The
     * MongoDB engine says so with {@link AggregateStreamCreationException}; other engines with a plain
     * {@link ConcurrencyException}.
     */
    public static boolean isDuplicateStream(Throwable e) {
        return causedBy(e, t -> t instanceof AggregateStreamCreationException
                || (t instanceof ConcurrencyException && !(t instanceof ConflictingAggregateVersionException)));
    }
}
