package cn.jixiao.query.evaluation;

import cn.jixiao.query.projection.StoreReadModel;

/** The tenant's self-evaluations as a rebuildable read model: one processing group for the whole feature. */
public final class EvaluationReadModel extends StoreReadModel<EvaluationStore> {

    public static final String PROCESSING_GROUP = "self-evaluation";

    public EvaluationReadModel() {
        super(PROCESSING_GROUP, EvaluationStore::new, EvaluationStore::createIndexes, EvaluationProjector::new);
    }
}
