package cn.jixiao.platform.eventstore;

import cn.jixiao.command.CommandSideModule;
import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;
import org.springframework.stereotype.Component;


/** Each tenant's events and tokens in the tenant's own database, through our gap-aware engine. */
@Component
public class MongoTenantEventStorage implements TenantEventStorage {

    /** Events a processor reads and handles in one batch (one unit of work, one token write). */
    public static final int TRACKING_BATCH = 250;

    private final EventStoreWatch watch;
    private final NodeHeartbeats nodes;

    public MongoTenantEventStorage(EventStoreWatch watch, NodeHeartbeats nodes) {
        this.watch = watch;
        this.nodes = nodes;
    }

    @Override
    public TenantEventStore open(MongoDatabase database, Serializer serializer) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .database(database)
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .snapshotFilter(CommandSideModule.snapshotFilter())
                .build();
        WakingEventSource source = watch.sourceFor(engine, TRACKING_BATCH);
        MongoTokenStore tokens = MongoTokenStore.builder().database(database).serializer(serializer)
                .nodeId(nodes.nodeId()).nodeLiveness(nodes).build();
        return new TenantEventStore(engine, source, tokens, watch.watch(source));
    }
}
