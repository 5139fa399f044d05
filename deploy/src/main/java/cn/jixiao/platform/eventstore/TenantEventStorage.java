package cn.jixiao.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;

/** Where a tenant's events and tracking tokens are kept: in the tenant's own database. */
public interface TenantEventStorage {

    TenantEventStore open(MongoDatabase database, Serializer serializer);
}
