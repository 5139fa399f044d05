package cn.jixiao.query.monitoring;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import com.mongodb.client.MongoDatabase;

/** Mid-year monitoring's rounds, forms and list rows as one rebuildable read model in one processing group. */
public final class MonitoringReadModel implements ReadModel {

    public static final String PROCESSING_GROUP = "monitoring";

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public ReadModelWriter writer(TenantContext ctx, CollectionNames names) {
        MonitoringStore store = new MonitoringStore(ctx.database(), names);
        store.createIndexes();
        return new MonitoringProjector(ctx.eventStore(), store);
    }

    /** The store readers see: the active generation's, read per request (a rebuild may switch it). */
    static MonitoringStore active(MongoDatabase database) {
        return new MonitoringStore(database, new Generations(database).active());
    }
}
