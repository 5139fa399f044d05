package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** The tenants of the platform, in the platform database. The source of truth every instance reads. */
@Component
public class TenantRegistry {

    private final MongoCollection<Document> tenants;
    private final Clock clock;

    public TenantRegistry(MongoClient client, Clock clock) {
        this.tenants = client.getDatabase(TenantDatabases.PLATFORM).getCollection("tenants");
        this.clock = clock;
    }

    /** Registers a new, active tenant; the id is the key, so a second registration fails. */
    public Tenant register(TenantId id, String name, String region) {
        Tenant tenant = new Tenant(id, name, region, Tenant.Status.ACTIVE, clock.instant(), null);
        try {
            tenants.insertOne(toDocument(tenant));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new TenantAlreadyExistsException(id);
            }
            throw e;
        }
        return tenant;
    }

    public List<Tenant> all() {
        return tenants.find().sort(Sorts.ascending("_id")).map(TenantRegistry::toTenant).into(new ArrayList<>());
    }

    /** Tenants by id, {@code limit} from the {@code skip}th on. */
    public List<Tenant> page(long skip, int limit) {
        return tenants.find().sort(Sorts.ascending("_id")).skip(Math.toIntExact(Math.min(skip, Integer.MAX_VALUE)))
                .limit(limit).map(TenantRegistry::toTenant).into(new ArrayList<>());
    }

    public long count() {
        return tenants.countDocuments();
    }

    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(tenants.find(Filters.eq("_id", id.value())).first()).map(TenantRegistry::toTenant);
    }

    public Optional<Tenant> suspend(TenantId id) {
        Instant now = clock.instant();
        tenants.updateOne(Filters.and(Filters.eq("_id", id.value()), Filters.eq("status", Tenant.Status.ACTIVE.name())),
                Updates.combine(Updates.set("status", Tenant.Status.SUSPENDED.name()),
                        Updates.set("suspendedAt", Date.from(now))));
        return find(id);
    }

    /** Lifts a suspension: the tenant's users are served again. */
    public Optional<Tenant> reinstate(TenantId id) {
        tenants.updateOne(Filters.eq("_id", id.value()),
                Updates.combine(Updates.set("status", Tenant.Status.ACTIVE.name()), Updates.set("suspendedAt", null)));
        return find(id);
    }

    private static Document toDocument(Tenant tenant) {
        return new Document("_id", tenant.id().value())
                .append("name", tenant.name())
                .append("region", tenant.region())
                .append("status", tenant.status().name())
                .append("createdAt", Date.from(tenant.createdAt()))
                .append("suspendedAt", tenant.suspendedAt() == null ? null : Date.from(tenant.suspendedAt()));
    }

    private static Tenant toTenant(Document doc) {
        Date suspendedAt = doc.getDate("suspendedAt");
        return new Tenant(TenantId.of(doc.getString("_id")), doc.getString("name"), doc.getString("region"),
                Tenant.Status.valueOf(doc.getString("status")), doc.getDate("createdAt").toInstant(),
                suspendedAt == null ? null : suspendedAt.toInstant());
    }

    /** The id is taken. */
    public static class TenantAlreadyExistsException extends RuntimeException {
        public TenantAlreadyExistsException(TenantId id) {
            super("租户已存在: " + id);
        }
    }
}
