package cn.jixiao.platform.processing;

import cn.jixiao.platform.tenancy.TenantDatabases;
import cn.jixiao.query.projection.DerivedWrites;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jixiao_platform.instances}: one document per instance, {@code {_id: nodeId, seen, tenants: [..]}}, replaced
 * by its key by that instance alone (so no two writers race on it). An instance seen within {@code live} counts as
 * running the tenants it names; one not seen for a day is removed by whoever notices (by its key).
 */
class InstanceAnnouncements {

    static final String COLLECTION = "instances";
    private static final Duration FORGOTTEN = Duration.ofDays(1);

    private final MongoCollection<Document> instances;
    private final String self;

    InstanceAnnouncements(MongoClient client, String self) {
        this.instances = client.getDatabase(TenantDatabases.PLATFORM).getCollection(COLLECTION);
        this.self = self;
    }

    void announce(Collection<String> tenants, Instant now) {
        instances.replaceOne(new Document("_id", self),
                new Document("_id", self).append("seen", Date.from(now)).append("tenants", List.copyOf(tenants)),
                DerivedWrites.presence()); // a crash that takes it back has ended this instance too
    }

    /**
     * Per tenant, how many live instances run it (this one included). One small collection, read whole: an
     * instance per document, and they are few.
     */
    Map<String, Integer> instancesPerTenant(Instant now, Duration live) {
        Map<String, Integer> counts = new HashMap<>();
        for (Document instance : instances.find()) {
            Instant seen = instance.getDate("seen").toInstant();
            if (seen.isBefore(now.minus(FORGOTTEN))) {
                instances.deleteOne(new Document("_id", instance.get("_id")));
            } else if (seen.isAfter(now.minus(live))) {
                instance.getList("tenants", String.class, List.of()).forEach(tenant -> counts.merge(tenant, 1, Integer::sum));
            }
        }
        return counts;
    }

    /** On a graceful stop: the others count this instance out at once. */
    void withdraw() {
        instances.deleteOne(new Document("_id", self));
    }
}
