package cn.jixiao.query.dashboard;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import com.mongodb.client.MongoDatabase;

/** The dashboard as a rebuildable read model: contributions and the figures per year live in a generation's collections. */
public final class DashboardReadModel implements ReadModel {

    public static final String PROCESSING_GROUP = "dashboard";

    private final DashboardChanges changes;

    public DashboardReadModel(DashboardChanges changes) {
        this.changes = changes;
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public ReadModelWriter writer(TenantContext ctx, CollectionNames names) {
        return new DashboardWriter(ctx.tenant(), ctx.eventStore(), contributions(ctx.database(), names),
                DashboardYears.of(ctx.database(), names), changes);
    }

    static DashboardContributions contributions(MongoDatabase database, CollectionNames names) {
        return new DashboardContributions(database.getCollection(names.of(DashboardContributions.COLLECTION)));
    }

    /** The dashboard readers see: that of the active generation, one document read by {@code _id}. */
    static DashboardSnapshot snapshot(MongoDatabase database, int year) {
        return DashboardYears.of(database, new Generations(database).active()).snapshot(year);
    }
}
