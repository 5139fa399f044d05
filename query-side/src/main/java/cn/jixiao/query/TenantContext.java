package cn.jixiao.query;

import cn.jixiao.kernel.tenant.TenantId;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** What the read side needs of one tenant: its database (read models live there) and its event store. Deploy builds it. */
public record TenantContext(TenantId tenant, MongoDatabase database, EventStore eventStore) {
}
