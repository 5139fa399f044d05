package cn.jixiao.query.register;

import cn.jixiao.query.form.ViewDocuments;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
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

    void save(String logicalName, Object id, Object view, long version) {
        Document document = ViewDocuments.toDocument(view).append("_id", id).append("seq", version);
        try {
            collection(logicalName).replaceOne(Filters.and(Filters.eq("_id", id), Filters.lt("seq", version)), document,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            // the row exists with this version or a newer one: nothing to do
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
