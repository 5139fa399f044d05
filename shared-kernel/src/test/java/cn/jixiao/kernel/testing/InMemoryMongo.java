package cn.jixiao.kernel.testing;

import cn.jixiao.kernel.tenant.TenantId;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * The in-memory store of the modules' tests: a mongo-java-server on a free port, spoken to by the real driver,
 * with one database per tenant named as deploy names them. The side-specific tenant fixtures are built on it.
 */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    public InMemoryMongo() {
        this(settings -> { });
    }

    /** With more client settings: a command listener, for tests on what the driver sends. */
    public InMemoryMongo(Consumer<MongoClientSettings.Builder> settings) {
        InetSocketAddress address = server.bind();
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(
                new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()));
        settings.accept(builder);
        client = MongoClients.create(builder.build());
    }

    public MongoClient client() {
        return client;
    }

    /** The tenant's database, {@code jixiao_t_<tenant>} with dashes as underscores, as deploy names it. */
    public MongoDatabase database(TenantId tenant) {
        return client.getDatabase("jixiao_t_" + tenant.value().replace('-', '_'));
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
