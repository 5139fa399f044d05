package cn.jixiao.query;

import cn.jixiao.kernel.tenant.TenantId;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** One tenant as the query side sees it: its own database for read models and its own event store. */
public record TenantContext(TenantId tenant, MongoDatabase database, EventStore eventStore) {
}
