package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Test fixture: an in-memory MongoDB spoken to by the real driver, one database per tenant as deploy names them. */
public final class InMemoryMongo implements TenantContexts, AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    public MongoDatabase database(TenantId tenant) {
        return client.getDatabase("jixiao_t_" + tenant.value().replace('-', '_'));
    }

    @Override
    public TenantContext of(TenantId tenant) {
        return new TenantContext(tenant, database(tenant), null);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
