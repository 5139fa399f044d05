package cn.jixiao.command.declaration.web;

import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.declaration.LifecycleCodes;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.command.web.Answers.GoalCreated;
import cn.jixiao.command.web.Answers.IndicatorCreated;
import cn.jixiao.command.web.Answers.Written;
import cn.jixiao.command.web.CommandWrites;
import cn.jixiao.command.web.WriteRequest;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the department-wide and the project form's endpoints write alike, on {@link CommandWrites}: a new
 * declaration, a filer's edit, a step of its life, a goal (target) or indicator added, each answered with the
 * declaration's new version.
 */
final class DeclarationWrites {

    private static final String BASE = "/api/v1/declarations/";

    private final CommandWrites writes;

    DeclarationWrites(TenantCommandGateway commands, IdempotentRequests idempotent) {
        this.writes = new CommandWrites(commands, idempotent);
    }

    /**
     * A new declaration: 201 with its {@code Location} and the version it has once created. Its id is name-based,
     * so a second one is 409 {@code DECLARATION_EXISTS} saying {@code exists}.
     */
    Mono<ResponseEntity<?>> create(Actor actor, WriteRequest request, Object body, DeclarationId id,
                                   Supplier<?> command, long versionAfterCreate, String exists) {
        return writes.once(actor, request, body, () -> writes.send(actor, command.get())
                .onErrorMap(CommandWrites::isDuplicateStream,
                        e -> DeclarationRejectedException.conflict(LifecycleCodes.DECLARATION_EXISTS, exists))
                .then(Mono.fromSupplier(() -> CommandWrites.created(URI.create(BASE + id), versionAfterCreate,
                        new Written(id.value(), versionAfterCreate)))));
    }

    /** A filer's PUT or DELETE. */
    Mono<ResponseEntity<?>> edit(Actor actor, String id, WriteRequest request, Function<Long, ?> command) {
        return writes.edit(actor, "填报申报表", request, command, written(id));
    }

    /** A POST that moves the declaration along its life cycle. */
    Mono<ResponseEntity<?>> act(Actor actor, Role role, String action, String id, Object body, WriteRequest request,
                                Function<Long, ?> command) {
        return writes.act(actor, role, action, body, request, command, written(id));
    }

    /** A goal (or a project's target) added: 201 with where it is. */
    Mono<ResponseEntity<?>> goalAdded(Actor actor, WriteRequest request, Object body, String id, GoalId goalId,
                                      Supplier<?> command) {
        return writes.once(actor, request, body, () -> writes.<Long>send(actor, command.get())
                .map(version -> CommandWrites.created(URI.create(BASE + id + "/goals/" + goalId), version,
                        new GoalCreated(goalId.value(), id, version))));
    }

    /** An indicator added to a goal (or target): 201 with where it is. */
    Mono<ResponseEntity<?>> indicatorAdded(Actor actor, WriteRequest request, Object body, String id, String goalId,
                                           IndicatorId indicatorId, Object command) {
        return writes.once(actor, request, body, () -> writes.<Long>send(actor, command)
                .map(version -> CommandWrites.created(
                        URI.create(BASE + id + "/goals/" + goalId + "/indicators/" + indicatorId), version,
                        new IndicatorCreated(indicatorId.value(), goalId, id, version))));
    }

    private static CommandWrites.Answer written(String id) {
        return CommandWrites.Answer.of(version -> new Written(id, version));
    }
}
