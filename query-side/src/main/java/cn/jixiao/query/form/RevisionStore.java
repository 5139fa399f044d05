package cn.jixiao.query.form;

import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import cn.jixiao.query.projection.KeyedWrites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;


/** Submitted revisions of one generation, one document per declaration and revision number. */
public final class RevisionStore {

    public static final String COLLECTION = "revisions";
    private static final String DECLARATION = "declarationId";

    private final MongoCollection<Document> revisions;

    public RevisionStore(MongoDatabase database, CollectionNames names) {
        this.revisions = database.getCollection(names.of(COLLECTION));
    }

    void createIndexes() {
        revisions.createIndex(Indexes.ascending(DECLARATION, "revision"));
    }

    /** Idempotent: the same submit stored twice is one document. */
    void save(RevisionView revision) {
        String id = revision.form().id();
        Document document = BsonViews.toDocument(revision)
                .append("_id", key(id, revision.revision()))
                .append(DECLARATION, id);
        // a revision is the form as one submit left it: stored once, the same whoever stores it again
        KeyedWrites.insertIfAbsent(revisions, document);
    }

    public Optional<RevisionView> find(String declarationId, int revision) {
        return Optional.ofNullable(revisions.find(new Document("_id", key(declarationId, revision))).first())
                .map(document -> BsonViews.fromDocument(document, RevisionView.class));
    }

    /**
     * Revisions 1 to {@code latest} of the declaration (its form's revision), in order: one key-served read of their
     * ids, never a search of the collection.
     */
    public List<RevisionView> list(String declarationId, int latest) {
        List<String> ids = IntStream.rangeClosed(1, latest).mapToObj(n -> key(declarationId, n)).toList();
        List<RevisionView> list = new ArrayList<>();
        KeyedWrites.findByIds(revisions, ids).values()
                .forEach(document -> list.add(BsonViews.fromDocument(document, RevisionView.class)));
        list.sort(Comparator.comparingInt(RevisionView::revision));
        return list;
    }

    private static String key(String declarationId, int revision) {
        return declarationId + "#" + revision;
    }
}
