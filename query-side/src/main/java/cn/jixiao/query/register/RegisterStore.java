package cn.jixiao.query.register;

import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.projection.KeyedWrites;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The register's read model in one generation: a collection per kind of row (units, sections, users, years), one
 * document per row with the register version it shows ({@code seq}). A write replaces a row only with a newer
 * version, so the live processor and a rebuild may write the same row in any order and leave the newest.
 */
final class RegisterStore {

    static final String UNITS = "register_units";
    static final String SECTIONS = "register_sections";
    static final String USERS = "register_users";
    static final String YEARS = "register_years";

    private final MongoDatabase database;
    private final CollectionNames names;

    RegisterStore(MongoDatabase database, CollectionNames names) {
        this.database = database;
        this.names = names;
    }

    MongoCollection<Document> collection(String logicalName) {
        return database.getCollection(names.of(logicalName));
    }

    /** The unique {@code {_id, seq}} indexes the compare-and-set writes are served by. */
    void createIndexes() {
        for (String name : new String[] {UNITS, SECTIONS, USERS, YEARS}) {
            KeyedWrites.ensureVersionKey(collection(name), "seq");
        }
    }

    void save(String logicalName, Object id, Object view, long version) {
        Document document = BsonViews.toDocument(view).append("_id", id).append("seq", version);
        KeyedWrites.replaceIfNewer(collection(logicalName), id, "seq", version, document, null);
    }
}
