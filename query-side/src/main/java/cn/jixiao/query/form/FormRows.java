package cn.jixiao.query.form;

import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.projection.KeyedWrites;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.List;

/**
 * One small row per declaration with what a list shows and filters on, kept beside the form by the same writer: a
 * list or a text search reads these rows (a few hundred bytes each), never the whole forms.
 */
public final class FormRows {

    public static final String COLLECTION = "declaration_rows";
    private static final String VERSION = "version";
    private static final List<String> FIELDS = List.of("id", "year", "kind", "status", VERSION, "revision", "unit",
            "filingUnit", "updatedAt");

    private final MongoCollection<Document> rows;

    public FormRows(MongoDatabase database, CollectionNames names) {
        this.rows = database.getCollection(names.of(COLLECTION));
    }

    /** The indexes a real MongoDB uses for the list filters and sorts (mongo-java-server reads the rows anyway). */
    void createIndexes() {
        KeyedWrites.ensureVersionKey(rows, VERSION);
        rows.createIndex(Indexes.ascending("year", "status"));
        rows.createIndex(Indexes.ascending("unit.code", "year"));
        rows.createIndex(Indexes.descending("updatedAt"));
    }

    /** Rows only move forward: a writer that is behind (a rebuild and the live processor) leaves a newer row alone. */
    void save(FormView view, long previousVersion) {
        Document form = BsonViews.toDocument(view);
        Document row = new Document("_id", view.id());
        FIELDS.forEach(field -> row.append(field, form.get(field)));
        KeyedWrites.replaceIfNewer(rows, view.id(), VERSION, view.version(), row,
                previousVersion == 0 ? null : previousVersion);
    }

    public MongoCollection<Document> collection() {
        return rows;
    }
}
