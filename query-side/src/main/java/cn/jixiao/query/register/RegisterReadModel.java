package cn.jixiao.query.register;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import com.mongodb.client.MongoDatabase;

/** The tenant's register (units, sections, users, yearly settings) as a rebuildable read model. */
public final class RegisterReadModel implements ReadModel {

    public static final String PROCESSING_GROUP = "register";

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public ReadModelWriter writer(TenantContext ctx, CollectionNames names) {
        RegisterStore store = new RegisterStore(ctx.database(), names);
        store.createIndexes();
        return new RegisterProjector(ctx.eventStore(), store);
    }

    /** The rows readers see: those of the active generation. */
    static RegisterStore active(MongoDatabase database) {
        return new RegisterStore(database, new Generations(database).active());
    }
}
