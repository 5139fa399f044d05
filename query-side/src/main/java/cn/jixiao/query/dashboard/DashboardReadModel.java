package cn.jixiao.query.dashboard;

import cn.jixiao.query.Projector;
import cn.jixiao.query.ReadModel;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import com.mongodb.client.MongoDatabase;

/** The dashboard as a rebuildable read model: its contributions live in the collection of a generation. */
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
    public Projector projector(TenantContext ctx, CollectionNames names) {
        return new DashboardProjection(ctx.tenant(), ctx.eventStore(), contributions(ctx.database(), names), changes);
    }

    static DashboardContributions contributions(MongoDatabase database, CollectionNames names) {
        return new DashboardContributions(database.getCollection(names.of(DashboardContributions.COLLECTION)));
    }

    /** The contributions readers see: those of the active generation. */
    static DashboardContributions active(MongoDatabase database) {
        return contributions(database, new Generations(database).active());
    }
}
