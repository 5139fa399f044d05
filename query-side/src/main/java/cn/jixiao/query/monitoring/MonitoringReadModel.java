package cn.jixiao.query.monitoring;

import cn.jixiao.query.projection.StoreReadModel;
import com.mongodb.client.MongoDatabase;

/** Mid-year monitoring's rounds, forms and list rows as one rebuildable read model in one processing group. */
public final class MonitoringReadModel extends StoreReadModel<MonitoringStore> {

    public static final String PROCESSING_GROUP = "monitoring";

    public MonitoringReadModel() {
        super(PROCESSING_GROUP, MonitoringStore::new, MonitoringStore::createIndexes, MonitoringProjector::new);
    }

    /** The store readers see: the active generation's. */
    static MonitoringStore active(MongoDatabase database) {
        return active(database, MonitoringStore::new);
    }
}
