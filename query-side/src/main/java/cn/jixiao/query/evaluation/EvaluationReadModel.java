package cn.jixiao.query.evaluation;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;

/** The tenant's self-evaluations as a rebuildable read model: one processing group for the whole feature. */
public final class EvaluationReadModel implements ReadModel {

    public static final String PROCESSING_GROUP = "self-evaluation";

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public ReadModelWriter writer(TenantContext ctx, CollectionNames names) {
        EvaluationStore store = new EvaluationStore(ctx.database(), names);
        store.createIndexes();
        return new EvaluationProjector(ctx.eventStore(), store);
    }
}
