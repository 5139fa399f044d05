package cn.jixiao.query.register;

import cn.jixiao.query.projection.StoreReadModel;
import com.mongodb.client.MongoDatabase;

/** The tenant's register (units, sections, users, yearly settings) as a rebuildable read model. */
public final class RegisterReadModel extends StoreReadModel<RegisterStore> {

    public static final String PROCESSING_GROUP = "register";

    public RegisterReadModel() {
        super(PROCESSING_GROUP, RegisterStore::new, RegisterStore::createIndexes, RegisterProjector::new);
    }

    /** The rows readers see: those of the active generation. */
    static RegisterStore active(MongoDatabase database) {
        return active(database, RegisterStore::new);
    }
}
