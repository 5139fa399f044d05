package cn.jixiao.query.projection;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Axon event handler of one {@link ReadModel} in its processor: it gathers the processor's batch and writes it
 * to each generation the pointer names for writing, as this process read the pointer at most
 * {@link Generations#WRITERS_MAY_LAG} ago. A rebuild waits that long after its claim before it opens its replay:
 * every batch written after that saw the claim and goes to the new generation too, and every event of a batch
 * written before was committed before it, so the replay, reading the event store from its start, has it.
 */
public final class LiveHandler {

    private final ReadModel model;
    private final TenantContext ctx;
    private final Generations generations;
    private final Map<CollectionNames, ReadModelWriter> writers = new ConcurrentHashMap<>();
    private final ProcessorBatch batch;

    public LiveHandler(ReadModel model, TenantContext ctx, Generations generations) {
        this.model = model;
        this.ctx = ctx;
        this.generations = generations;
        this.batch = new ProcessorBatch(model.processingGroup(), this::write);
    }

    @EventHandler
    public void on(EventMessage<?> event) {
        batch.add(event);
    }

    private void write(List<EventMessage<?>> events) {
        for (CollectionNames names : generations.writeTargets()) {
            writers.computeIfAbsent(names, n -> model.writer(ctx, n)).write(events);
        }
    }

    public ReadModel model() {
        return model;
    }
}
