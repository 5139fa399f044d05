package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContext;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** One tenant's running Axon configuration and its own database. */
public record TenantRuntime(TenantId tenant, MongoDatabase database, Configuration axon) {

    public EventStore eventStore() {
        return axon.eventStore();
    }

    /** What the query side sees of this tenant. */
    public TenantContext queryContext() {
        return new TenantContext(tenant, database, eventStore());
    }

    public void stop() {
        axon.shutdown();
    }
}
