package cn.jixiao.query.rebuild;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

/** Compare-and-set writes of per-declaration documents that carry the sequence number ({@code seq}) of their last event. */
public final class Upserts {

    private Upserts() {
    }

    /**
     * Inserts {@code document} when {@code previousSeq} is null, else replaces the document with that id whose
     * {@code seq} is still {@code previousSeq}. False when another writer got there first.
     */
    public static boolean compareAndSet(MongoCollection<Document> collection, String id, Document document, Long previousSeq) {
        if (previousSeq == null) {
            try {
                collection.insertOne(document);
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        return collection.replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq("seq", previousSeq)), document)
                .getMatchedCount() == 1;
    }
}
