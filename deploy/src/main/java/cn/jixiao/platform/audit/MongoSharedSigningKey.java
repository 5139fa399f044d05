package cn.jixiao.platform.audit;

import cn.jixiao.platform.tenancy.TenantDatabases;
import cn.jixiao.query.audit.SharedSigningKey;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/**
 * With {@code MONGODB_URI} set, instances share no data directory, so a key file would be each one's own: the
 * generated signing key is kept in {@code jixiao_platform.auditkeys} under one {@code _id} instead. The insert
 * under that unique key is the one step only one instance can win (atomic on every backend); the others read the
 * winner's key. A configured {@code jixiao.audit.signing-key} is used without asking here.
 */
@Component
@Conditional(MongoSharedSigningKey.OnSharedDatabase.class)
public class MongoSharedSigningKey implements SharedSigningKey {

    static final String COLLECTION = "auditkeys";
    static final String ID = "tree-head-signing-key";
    static final String PRIVATE_KEY = "privateKey";

    private final MongoCollection<Document> keys;
    private final Clock clock;

    public MongoSharedSigningKey(MongoClient client, Clock clock) {
        this.keys = client.getDatabase(TenantDatabases.PLATFORM).getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public String agree(String offered) {
        Document stored = keys.find(new Document("_id", ID)).first();
        if (stored != null) {
            return stored.getString(PRIVATE_KEY);
        }
        try {
            keys.insertOne(new Document("_id", ID).append(PRIVATE_KEY, offered).append("createdAt", Date.from(clock.instant())));
            return offered;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return keys.find(new Document("_id", ID)).first().getString(PRIVATE_KEY); // another instance came first
        }
    }

    /** A MongoDB URI is configured: the instances share a database, not a data directory. */
    static class OnSharedDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String uri = context.getEnvironment().getProperty("jixiao.mongodb.uri");
            return uri != null && !uri.isBlank();
        }
    }
}
