package cn.jixiao.platform.idempotency;

import cn.jixiao.command.idempotency.IdempotencyRecord;
import cn.jixiao.command.idempotency.IdempotencyRecords;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.command.idempotency.StoredResponse;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantPorts;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Idempotency records in the tenant's {@code idempotency} collection as
 * {@code {_id: actorId:key, requestHash, createdAt, status, headers, body}}. Every filter names the whole key of a
 * unique index ({@code _id}, or {@code {_id, createdAt}} for removing an expired record), so each access is one
 * key lookup on any backend; the claim is an insert under the unique {@code _id}, of which exactly one wins.
 */
@Component
public class MongoIdempotencyRecords implements IdempotencyRecords {

    static final String COLLECTION = "idempotency";
    private static final Logger LOG = LoggerFactory.getLogger(MongoIdempotencyRecords.class);

    private final Function<TenantId, MongoDatabase> databases;
    private final Map<TenantId, Boolean> indexed = new ConcurrentHashMap<>();

    @Autowired
    public MongoIdempotencyRecords(TenantPorts tenants) {
        this(tenants::database);
    }

    MongoIdempotencyRecords(Function<TenantId, MongoDatabase> databases) {
        this.databases = databases;
    }

    @Override
    public Optional<IdempotencyRecord> find(TenantId tenant, String id) {
        return Optional.ofNullable(records(tenant).find(new Document("_id", id)).first()).map(MongoIdempotencyRecords::record);
    }

    @Override
    public boolean claim(TenantId tenant, String id, String requestHash, Instant at) {
        try {
            records(tenant).insertOne(new Document("_id", id).append("requestHash", requestHash)
                    .append("createdAt", Date.from(at)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void complete(TenantId tenant, String id, StoredResponse response) {
        records(tenant).updateOne(new Document("_id", id), Updates.combine(
                Updates.set("status", response.status()),
                Updates.set("headers", new Document(new LinkedHashMap<>(response.headers()))),
                Updates.set("body", response.body() == null ? null : new Document(response.body()))));
    }

    @Override
    public void release(TenantId tenant, String id) {
        records(tenant).deleteOne(new Document("_id", id));
    }

    @Override
    public void forget(TenantId tenant, String id, Instant createdAt) {
        records(tenant).deleteOne(new Document("_id", id).append("createdAt", Date.from(createdAt)));
    }

    private MongoCollection<Document> records(TenantId tenant) {
        MongoCollection<Document> records = databases.apply(tenant).getCollection(COLLECTION);
        // Others wait while the first builds them: the embedded server builds an index without the collection's
        // lock, and an insert meanwhile fails with a ConcurrentModificationException ("Unknown error: null").
        indexed.computeIfAbsent(tenant, first -> {
            createIndexes(records);
            return Boolean.TRUE;
        });
        return records;
    }

    /**
     * {@code {_id, createdAt}} serves the compare-and-delete of an expired record; the TTL index lets MongoDB
     * forget records a while after the window (correctness never depends on it: expiry is checked on read).
     */
    private static void createIndexes(MongoCollection<Document> records) {
        try {
            records.createIndex(Indexes.ascending("_id", "createdAt"), new IndexOptions().unique(true).name("idCreatedAt"));
            records.createIndex(Indexes.ascending("createdAt"), new IndexOptions().name("expiry")
                    .expireAfter(IdempotentRequests.WINDOW.toHours() * 2, TimeUnit.HOURS));
        } catch (MongoException e) {
            LOG.warn("Could not create the indexes of {}: {}", COLLECTION, e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static IdempotencyRecord record(Document document) {
        Date createdAt = document.getDate("createdAt");
        StoredResponse response = document.containsKey("status")
                ? new StoredResponse(document.getInteger("status"),
                        (Map<String, String>) (Map<?, ?>) Optional.ofNullable(document.get("headers", Document.class)).orElseGet(Document::new),
                        document.get("body", Document.class))
                : null;
        return new IdempotencyRecord(document.getString("requestHash"), createdAt == null ? null : createdAt.toInstant(), response);
    }
}
