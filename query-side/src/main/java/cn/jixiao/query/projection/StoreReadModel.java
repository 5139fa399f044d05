package cn.jixiao.query.projection;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The shape a feature's read model mostly has: one store over a generation's collections, prepared (its indexes
 * made) when a writer for that generation is made, and a projector that writes into it. Readers take the store of
 * the active generation with {@link #active}, per request, since a rebuild may switch it.
 *
 * @param <S> the feature's store
 */
public abstract class StoreReadModel<S> implements ReadModel {

    private final String processingGroup;
    private final BiFunction<MongoDatabase, CollectionNames, S> store;
    private final Consumer<S> prepare;
    private final BiFunction<EventStore, S, ReadModelWriter> projector;

    protected StoreReadModel(String processingGroup, BiFunction<MongoDatabase, CollectionNames, S> store,
                             Consumer<S> prepare, BiFunction<EventStore, S, ReadModelWriter> projector) {
        this.processingGroup = processingGroup;
        this.store = store;
        this.prepare = prepare;
        this.projector = projector;
    }

    @Override
    public final String processingGroup() {
        return processingGroup;
    }

    @Override
    public final ReadModelWriter writer(TenantContext ctx, CollectionNames names) {
        S written = store.apply(ctx.database(), names);
        prepare.accept(written);
        return projector.apply(ctx.eventStore(), written);
    }

    /** The store of the active generation, which readers read. */
    protected static <S> S active(MongoDatabase database, BiFunction<MongoDatabase, CollectionNames, S> store) {
        return store.apply(database, new Generations(database).active());
    }
}
