package cn.jixiao.query.rebuild;

import cn.jixiao.query.QuerySideModule;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.projection.ReadModelWriter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a tenant's read models while the current ones keep serving:
 * <ol>
 *   <li>claim generation N+1 in the pointer document (one atomic update; a second rebuild is refused). From then on,
 *       at the latest {@link Generations#WRITERS_MAY_LAG} later (the rebuild waits that long), the live handlers
 *       write every event to N (still read) and to N+1;</li>
 *   <li>count the events, then replay the whole event store into N+1;</li>
 *   <li>when the stream has been quiet for a moment, activate N+1 (one atomic update) and, after a grace period for
 *       live writes that read the old pointer, drop N.</li>
 * </ol>
 * An event the replay has not reached yet may already be in N+1 through the live handler, and the other way round:
 * projectors skip what they applied and fill gaps from the event store, and write by compare-and-set, so both
 * orders give the same documents. Every event committed before the switch is either replayed or written by the
 * live handler while N+1 is a write target; every later one is handled into N+1 as the active generation.
 */
@Component
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    /** Events folded and written together; progress is reported after each batch. */
    static final int BATCH = 500;

    private final List<ReadModel> models;
    private final Executor executor;
    private final Timing timing;

    /**
     * @param quiet      how long the event stream must stay empty before the rebuild counts as caught up
     * @param dropDelay  how long to wait after the switch before dropping the old generation
     * @param staleAfter how long a running rebuild may stay silent before a new one may take over its claim
     */
    public record Timing(Duration quiet, Duration dropDelay, Duration staleAfter) {
        public static final Timing DEFAULT = new Timing(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofMinutes(10));
    }

    /** Also rebuilds, once, a tenant whose read models were built with an older layout when it starts. */
    @Autowired
    public ProjectionRebuilder(QuerySideModule querySide) {
        this(querySide, Executors.newCachedThreadPool(daemon()), Timing.DEFAULT);
    }

    public ProjectionRebuilder(QuerySideModule querySide, Executor executor, Timing timing) {
        this(querySide.readModels(), executor, timing);
        querySide.upgradeWith(ctx -> {
            log.info("租户 {} 的读模型格式较旧，重建一次", ctx.tenant());
            start(ctx);
        });
    }

    public ProjectionRebuilder(List<ReadModel> models, Executor executor, Timing timing) {
        this.models = List.copyOf(models);
        this.executor = executor;
        this.timing = timing;
    }

    /** Starts a rebuild of the tenant; empty when one is already running. */
    public Optional<RebuildStatus> start(TenantContext ctx) {
        Generations generations = new Generations(ctx.database());
        RebuildStatusStore statuses = new RebuildStatusStore(ctx.database());
        Optional<CollectionNames> claimed = generations.startBuilding();
        if (claimed.isEmpty() && takeOverAbandoned(ctx, generations, statuses)) {
            claimed = generations.startBuilding();
        }
        return claimed.map(target -> begin(ctx, generations, target, statuses));
    }

    private RebuildStatus begin(TenantContext ctx, Generations generations, CollectionNames target,
                                RebuildStatusStore statuses) {
        RebuildStatus started = RebuildStatus.started(target.generation(), Instant.now());
        statuses.save(started);
        log.info("租户 {} 开始重建读模型，第 {} 代", ctx.tenant(), target.generation());
        executor.execute(() -> run(ctx, generations, target, statuses, started));
        return started;
    }

    /** A rebuild whose node died (no heartbeat for a while) would block every later one and double every write. */
    private boolean takeOverAbandoned(TenantContext ctx, Generations generations, RebuildStatusStore statuses) {
        RebuildStatus last = statuses.last();
        Optional<CollectionNames> building = generations.building();
        if (building.isEmpty() || !last.abandonedFor(timing.staleAfter(), Instant.now())) {
            return false;
        }
        log.warn("租户 {} 的第 {} 代重建已停止响应，放弃并重新开始", ctx.tenant(), building.get().generation());
        generations.abandon(building.get());
        generations.dropInactive();
        statuses.save(last.failed(Instant.now(), "重建中断（无进度），已由新的重建取代"));
        return true;
    }

    public RebuildStatus status(TenantContext ctx) {
        return new RebuildStatusStore(ctx.database()).last();
    }

    private void run(TenantContext ctx, Generations generations, CollectionNames target,
                     RebuildStatusStore statuses, RebuildStatus started) {
        RebuildStatus status = started;
        try {
            // live writers elsewhere may not have seen the claim yet: once they have, every batch they write
            // after the replay has passed it lands in the new generation too
            pause(Generations.WRITERS_MAY_LAG);
            status = status.replaying(count(ctx, statuses, status));
            statuses.save(status);
            log.info("租户 {} 共 {} 个事件待重放", ctx.tenant(), status.eventsTotal());
            status = replay(ctx, target, statuses, status);
            statuses.save(status.switching());
            generations.activate(target);
            log.info("租户 {} 已切换到第 {} 代读模型（{} 个事件）", ctx.tenant(), target.generation(), status.eventsDone());
            pause(timing.dropDelay());
            generations.dropInactive();
            statuses.save(status.done(Instant.now()));
        } catch (Exception e) {
            log.error("租户 {} 重建读模型失败", ctx.tenant(), e);
            generations.abandon(target);
            generations.dropInactive();
            statuses.save(status.failed(Instant.now(), String.valueOf(e.getMessage())));
        }
    }

    private long count(TenantContext ctx, RebuildStatusStore statuses, RebuildStatus status) throws InterruptedException {
        long total = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = ctx.eventStore().openStream(null)) {
            while (stream.hasNextAvailable((int) timing.quiet().toMillis(), TimeUnit.MILLISECONDS)) {
                stream.nextAvailable();
                if (++total % (BATCH * 10) == 0) {
                    statuses.save(status.progressed(0)); // counting a large store takes a while: a heartbeat
                }
            }
        }
        return total;
    }

    private RebuildStatus replay(TenantContext ctx, CollectionNames target, RebuildStatusStore statuses,
                                 RebuildStatus status) throws InterruptedException {
        List<ReadModelWriter> writers = models.stream().map(model -> model.writer(ctx, target)).toList();
        long done = 0;
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        try (BlockingStream<TrackedEventMessage<?>> stream = ctx.eventStore().openStream(null)) {
            while (stream.hasNextAvailable((int) timing.quiet().toMillis(), TimeUnit.MILLISECONDS)) {
                // what is already there is taken without waiting, up to a batch
                do {
                    batch.add(stream.nextAvailable());
                } while (batch.size() < BATCH && stream.hasNextAvailable());
                writers.forEach(writer -> writer.write(batch));
                done += batch.size();
                batch.clear();
                statuses.save(status.progressed(done));
                log.debug("租户 {} 重建进度 {}/{}", ctx.tenant(), done, status.eventsTotal());
            }
        }
        return status.progressed(done);
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "projection-rebuild");
            thread.setDaemon(true);
            return thread;
        };
    }
}
