package cn.jixiao.platform.eventstore;

import cn.jixiao.command.CommandSideModule;
import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Each tenant's events and tokens in the tenant's own database, through our gap-aware engine. */
@Component
public class MongoTenantEventStorage implements TenantEventStorage {

    /** Events a processor reads and handles in one batch (one unit of work, one token write). */
    public static final int TRACKING_BATCH = 250;

    private final EventStoreWatch watch;
    private final Duration claimTimeout;

    public MongoTenantEventStorage(EventStoreWatch watch,
                                   @Value("${jixiao.processing.claim-timeout:60s}") Duration claimTimeout) {
        this.watch = watch;
        this.claimTimeout = claimTimeout;
    }

    @Override
    public TenantEventStore open(MongoDatabase database, Serializer serializer) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .database(database)
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .snapshotFilter(CommandSideModule.snapshotFilter())
                .build();
        WakingEventSource source = new WakingEventSource(engine, TRACKING_BATCH);
        MongoTokenStore tokens = MongoTokenStore.builder().database(database).serializer(serializer)
                .claimTimeout(claimTimeout).build();
        return new TenantEventStore(engine, source, tokens, watch.watch(source));
    }
}
