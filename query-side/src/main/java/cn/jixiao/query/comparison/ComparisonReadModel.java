package cn.jixiao.query.comparison;

import cn.jixiao.query.projection.StoreReadModel;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoDatabase;

/** The approved forms per unit and year as a rebuildable read model. */
public final class ComparisonReadModel extends StoreReadModel<ApprovedForms> {

    public static final String PROCESSING_GROUP = "comparison";

    public ComparisonReadModel() {
        super(PROCESSING_GROUP, ComparisonReadModel::forms, forms -> { }, ComparisonWriter::new);
    }

    static ApprovedForms forms(MongoDatabase database, CollectionNames names) {
        return new ApprovedForms(database.getCollection(names.of(ApprovedForms.COLLECTION)));
    }

    /** The forms readers see: those of the active generation. */
    static ApprovedForms active(MongoDatabase database) {
        return active(database, ComparisonReadModel::forms);
    }
}
