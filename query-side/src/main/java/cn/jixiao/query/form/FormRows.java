package cn.jixiao.query.form;

import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.projection.KeyedWrites;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;


/**
 * One small row per declaration with what a list shows and filters on, kept beside the form by the same writer: a
 * list or a text search reads these rows (a few hundred bytes each), never the whole forms.
 */
public final class FormRows {

    public static final String COLLECTION = "declaration_rows";
    private static final String VERSION = "version";

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

    /**
     * The fields of a list item, taken from the view without converting the whole form. Rows only move forward: a
     * writer that is behind (a rebuild and the live processor) leaves a newer row alone.
     */
    void save(FormView view, long previousVersion) {
        Document row = new Document("_id", view.id())
                .append("id", view.id())
                .append("year", view.year())
                .append("kind", view.kind() == null ? null : view.kind().name())
                .append("status", view.status().name())
                .append(VERSION, view.version())
                .append("revision", view.revision())
                .append("unit", view.unit() == null ? null : BsonViews.toDocument(view.unit()))
                .append("filingUnit", view.filingUnit())
                .append("updatedAt", view.updatedAt());
        KeyedWrites.replaceIfNewer(rows, view.id(), VERSION, view.version(), row,
                previousVersion == 0 ? null : previousVersion);
    }

    public MongoCollection<Document> collection() {
        return rows;
    }
}
