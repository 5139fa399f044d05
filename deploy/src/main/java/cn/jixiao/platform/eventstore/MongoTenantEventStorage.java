package cn.jixiao.platform.eventstore;

import cn.jixiao.command.CommandSideModule;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.stereotype.Component;

/** Each tenant's events and tokens in the tenant's own database, through our gap-aware engine. */
@Component
public class MongoTenantEventStorage implements TenantEventStorage {

    @Override
    public EventStorageEngine engine(MongoDatabase database, Serializer serializer) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .snapshotFilter(CommandSideModule.snapshotFilter())
                .build();
    }

    @Override
    public TokenStore tokenStore(MongoDatabase database, Serializer serializer) {
        return MongoTokenStore.builder().database(database).serializer(serializer).build();
    }
}
