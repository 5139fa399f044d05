package cn.jixiao.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/** Where a tenant's events and tracking tokens are kept: in the tenant's own database. */
public interface TenantEventStorage {

    EventStorageEngine engine(MongoDatabase database, Serializer serializer);

    TokenStore tokenStore(MongoDatabase database, Serializer serializer);
}
