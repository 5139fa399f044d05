package cn.jixiao.query.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and writes of read-model documents that an index serves on every backend, every write one of
 * {@link DerivedWrites} (these documents are derived from the events, or, for dead letters, from their handling).
 * mongo-java-server answers from an index only for equality on exactly the keys of a unique index, or {@code $in}
 * on {@code _id}; so a compare-and-set filters on a unique {@code {_id, <version>}} index with a filter document of
 * just those two keys (never {@code Filters.and}, which the driver renders as {@code $and}), and several documents
 * are read with one {@code {_id: {$in: [...]}}}.
 */
public final class KeyedWrites {

    private KeyedWrites() {
    }

    /** The unique index every compare-and-set of {@code collection} on {@code versionField} is served by. */
    public static void ensureVersionKey(MongoCollection<Document> collection, String versionField) {
        collection.createIndex(Indexes.ascending("_id", versionField), new IndexOptions().unique(true));
    }

    /** The documents with these ids, by id; missing ones are absent. */
    public static Map<Object, Document> findByIds(MongoCollection<Document> collection, Collection<?> ids) {
        Map<Object, Document> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        collection.find(new Document("_id", new Document("$in", List.copyOf(ids))))
                .forEach(document -> found.put(document.get("_id"), document));
        return found;
    }

    /** The states stored for these declarations, by declaration id, each read from its document. */
    public static <S> Map<String, S> findStates(MongoCollection<Document> collection, Collection<String> ids,
                                                Function<Document, S> read) {
        Map<String, S> found = new LinkedHashMap<>();
        findByIds(collection, ids).forEach((id, document) -> found.put((String) id, read.apply(document)));
        return found;
    }

    /**
     * Inserts {@code document} when {@code previousVersion} is null, else replaces the document with that id whose
     * {@code versionField} is still {@code previousVersion}. False when another writer got there first.
     */
    public static boolean compareAndSet(MongoCollection<Document> collection, Object id, String versionField,
                                        Long previousVersion, Document document) {
        if (previousVersion == null) {
            return insertIfAbsent(collection, document);
        }
        return collection.replaceOne(new Document("_id", id).append(versionField, previousVersion), document,
                        DerivedWrites.replace())
                .getMatchedCount() == 1;
    }

    /**
     * Stores {@code document} (whose {@code versionField} is {@code version}) unless the stored one is as new or
     * newer: for documents derived from others, which only ever move forward. {@code likelyStored} is the version
     * the caller expects to find (null: unknown, read it); true when written.
     */
    public static boolean replaceIfNewer(MongoCollection<Document> collection, Object id, String versionField,
                                         long version, Document document, Long likelyStored) {
        Long stored = likelyStored;
        for (int attempt = 0; attempt < 20; attempt++) {
            if (stored == null) {
                stored = versionOf(collection, id, versionField);
                if (stored == null && insertIfAbsent(collection, document)) {
                    return true;
                }
                if (stored == null) {
                    continue;
                }
            }
            if (stored >= version) {
                return false;
            }
            if (compareAndSet(collection, id, versionField, stored, document)) {
                return true;
            }
            stored = null;
        }
        throw new IllegalStateException("读模型 " + collection.getNamespace() + " 中 " + id + " 持续写入冲突");
    }

    private static Long versionOf(MongoCollection<Document> collection, Object id, String versionField) {
        Document found = collection.find(new Document("_id", id)).projection(new Document(versionField, 1)).first();
        return found == null ? null : ((Number) found.get(versionField)).longValue();
    }

    /** Inserts {@code document} unless one with its {@code _id} exists; false then. */
    public static boolean insertIfAbsent(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document, DerivedWrites.insertOne());
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
