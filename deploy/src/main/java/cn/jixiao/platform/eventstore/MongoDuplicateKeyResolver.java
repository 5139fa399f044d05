package cn.jixiao.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertOneOptions;
import org.bson.Document;
import com.mongodb.MongoServerException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises MongoDB duplicate key errors (code 11000), so that Axon turns a clash on the
 * (aggregateIdentifier, sequenceNumber) unique index into a {@code ConcurrencyException}
 * (or {@code AggregateStreamCreationException} for a clash on the first event of a stream).
 */
public final class MongoDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final int DUPLICATE_KEY = 11000;

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isDuplicateKey(exception);
    }

    /**
     * Inserts {@code document} unless its unique key is taken: the one atomic "only one wins" step on every
     * backend. Returns whether this insert won.
     */
    static boolean insertIfAbsent(MongoCollection<Document> collection, Document document) {
        return insertIfAbsent(collection, document, new InsertOneOptions());
    }

    /** The same, with the insert's options (a {@link cn.jixiao.query.projection.DerivedWrites derived} write's, say). */
    static boolean insertIfAbsent(MongoCollection<Document> collection, Document document, InsertOneOptions options) {
        try {
            collection.insertOne(document, options);
            return true;
        } catch (MongoException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    static boolean isDuplicateKey(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof MongoBulkWriteException bulk) {
                return bulk.getWriteErrors().stream().anyMatch(error -> error.getCode() == DUPLICATE_KEY);
            }
            if (t instanceof MongoServerException server
                    && (server.getCode() == DUPLICATE_KEY
                    || ErrorCategory.fromErrorCode(server.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
