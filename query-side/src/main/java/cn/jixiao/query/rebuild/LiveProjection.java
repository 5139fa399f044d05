package cn.jixiao.query.rebuild;

import cn.jixiao.query.Projector;
import cn.jixiao.query.ReadModel;
import cn.jixiao.query.TenantContext;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live Axon handler of a {@link ReadModel}: every event goes to each generation the pointer names for writing.
 * The pointer is read per event (one small indexed read), never cached, so no event lands only in a generation
 * that has just been switched away from.
 */
public final class LiveProjection {

    private final ReadModel model;
    private final TenantContext ctx;
    private final Generations generations;
    private final Map<CollectionNames, Projector> projectors = new ConcurrentHashMap<>();

    public LiveProjection(ReadModel model, TenantContext ctx, Generations generations) {
        this.model = model;
        this.ctx = ctx;
        this.generations = generations;
    }

    @EventHandler
    public void on(EventMessage<?> event) {
        for (CollectionNames names : generations.writeTargets()) {
            projectors.computeIfAbsent(names, n -> model.projector(ctx, n)).handle(event);
        }
    }

    public ReadModel model() {
        return model;
    }
}
