package cn.jixiao.query.comparison;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import com.mongodb.client.MongoDatabase;

/** The approved forms per unit and year as a rebuildable read model. */
public final class ComparisonReadModel implements ReadModel {

    public static final String PROCESSING_GROUP = "comparison";

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public ReadModelWriter writer(TenantContext ctx, CollectionNames names) {
        return new ComparisonWriter(ctx.eventStore(), forms(ctx.database(), names));
    }

    static ApprovedForms forms(MongoDatabase database, CollectionNames names) {
        return new ApprovedForms(database.getCollection(names.of(ApprovedForms.COLLECTION)));
    }

    /** The forms readers see: those of the active generation. */
    static ApprovedForms active(MongoDatabase database) {
        return forms(database, new Generations(database).active());
    }
}
