package cn.jixiao.query.evaluation;

import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.projection.KeyedWrites;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The self-evaluations of one read-model generation: one document per self-evaluation, its view with the version
 * it shows ({@code seq}). A write replaces a document only with a newer version, so the live processor and a
 * rebuild may write in any order and leave the newest.
 */
final class EvaluationStore {

    static final String COLLECTION = "self_evaluations";
    static final String SEQ = "seq";

    private final MongoCollection<Document> collection;

    EvaluationStore(MongoDatabase database, CollectionNames names) {
        this.collection = database.getCollection(names.of(COLLECTION));
    }

    static EvaluationStore active(MongoDatabase database) {
        return new EvaluationStore(database, new Generations(database).active());
    }

    void createIndexes() {
        KeyedWrites.ensureVersionKey(collection, SEQ);
    }

    void save(EvaluationView view) {
        Document document = BsonViews.toDocument(view).append("_id", view.id()).append(SEQ, view.version());
        KeyedWrites.replaceIfNewer(collection, view.id(), SEQ, view.version(), document, null);
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    static EvaluationView view(Document document) {
        document.remove("_id");
        document.remove(SEQ);
        return BsonViews.fromDocument(document, EvaluationView.class);
    }
}
