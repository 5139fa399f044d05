package cn.jixiao.query.register;

import cn.jixiao.query.Projector;
import cn.jixiao.query.ReadModel;
import cn.jixiao.query.TenantContext;
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
    public Projector projector(TenantContext ctx, CollectionNames names) {
        return new RegisterProjector(ctx.eventStore(), new RegisterStore(ctx.database(), names));
    }

    /** The rows readers see: those of the active generation. */
    static RegisterStore active(MongoDatabase database) {
        return new RegisterStore(database, new Generations(database).active());
    }
}
