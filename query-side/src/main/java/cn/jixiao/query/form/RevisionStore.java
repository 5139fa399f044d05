package cn.jixiao.query.form;

import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

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
        Document document = ViewDocuments.toDocument(revision)
                .append("_id", key(id, revision.revision()))
                .append(DECLARATION, id);
        revisions.replaceOne(eq("_id", key(id, revision.revision())), document, new ReplaceOptions().upsert(true));
    }

    public Optional<RevisionView> find(String declarationId, int revision) {
        return Optional.ofNullable(revisions.find(eq("_id", key(declarationId, revision))).first())
                .map(document -> ViewDocuments.fromDocument(document, RevisionView.class));
    }

    public List<RevisionView> list(String declarationId) {
        List<RevisionView> list = new ArrayList<>();
        for (Document document : revisions.find(eq(DECLARATION, declarationId)).sort(Sorts.ascending("revision"))) {
            list.add(ViewDocuments.fromDocument(document, RevisionView.class));
        }
        return list;
    }

    private static String key(String declarationId, int revision) {
        return declarationId + "#" + revision;
    }
}
