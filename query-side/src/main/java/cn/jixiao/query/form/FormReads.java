package cn.jixiao.query.form;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
import cn.jixiao.query.web.ReadYourWrites;
import cn.jixiao.query.web.Readers;
import cn.jixiao.query.projection.ProjectionProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the read endpoints of a declaration share: the actor's tenant, the active generation's stores, waiting for
 * {@code minVersion}, 404 for unknown ids and 403 for another unit's declaration.
 */
@Component
public class FormReads {

    private final TenantContexts contexts;
    private final ProjectionProgress progress;
    private final Duration wait;

    /** @param wait how long {@code ?minVersion=N} waits for the projection before answering 503 */
    @Autowired
    public FormReads(TenantContexts contexts, ProjectionProgress progress,
                     @Value("${jixiao.query.min-version-wait:10s}") Duration wait) {
        this.contexts = contexts;
        this.progress = progress;
        this.wait = wait;
    }

    /** For tests that need no waking up: waits are then served by the fallback reads. */
    public FormReads(TenantContexts contexts, Duration wait) {
        this(contexts, new ProjectionProgress(), wait);
    }

    public FormReads(TenantContexts contexts) {
        this(contexts, ReadYourWrites.DEFAULT_WAIT);
    }

    public TenantContext context(Actor actor) {
        return contexts.of(Readers.tenantOf(actor));
    }

    /** Read per request: a rebuild may switch generations at any moment. */
    public CollectionNames active(TenantContext ctx) {
        return new Generations(ctx.database()).active();
    }

    public FormStore forms(TenantContext ctx) {
        return new FormStore(ctx.database(), active(ctx));
    }

    /** The small list rows of the active generation: what lists and text search read. */
    public FormRows rows(TenantContext ctx) {
        return new FormRows(ctx.database(), active(ctx));
    }

    public RevisionStore revisions(TenantContext ctx) {
        return new RevisionStore(ctx.database(), active(ctx));
    }

    /** Waits (bounded) until the read model shows version {@code minVersion} of the declaration; at once when null. */
    public Mono<Void> awaitVersion(TenantContext ctx, String id, Long minVersion) {
        return ReadYourWrites.await(minVersion, () -> forms(ctx).version(id),
                progress.formsOf(ctx.tenant()).filter(written -> written.equals(id)), wait);
    }

    /** The current form the actor may read, after waiting for {@code minVersion} if asked. */
    public Mono<FormView> current(Actor actor, String id, Long minVersion) {
        return current(actor, id, minVersion, FormStore::find, form -> form.unit().code());
    }

    /** The same form, as its stored JSON: for a read that only serves it (see {@link FormStore#findServed}). */
    public Mono<FormStore.Served> served(Actor actor, String id, Long minVersion) {
        return current(actor, id, minVersion, FormStore::findServed, FormStore.Served::unitCode);
    }

    private <T> Mono<T> current(Actor actor, String id, Long minVersion,
                                BiFunction<FormStore, String, Optional<T>> find, Function<T, String> unitCode) {
        TenantContext ctx = context(actor);
        return awaitVersion(ctx, id, minVersion)
                .then(Blocking.call(() -> find.apply(forms(ctx), id)))
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(unknown(id))))
                .doOnNext(form -> Readers.checkUnit(actor, unitCode.apply(form)));
    }

    public static ApiProblem unknown(String id) {
        return ApiProblem.notFound("申报表不存在: " + id);
    }
}
