package cn.jixiao.query.form;

import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/** The current forms of one generation, one document per declaration ({@code _id} = declaration id). */
public final class FormStore {

    public static final String COLLECTION = "declarations";

    private final MongoCollection<Document> forms;

    public FormStore(MongoDatabase database, CollectionNames names) {
        this.forms = database.getCollection(names.of(COLLECTION));
    }

    /** The indexes the list filters and sorts use. */
    void createIndexes() {
        forms.createIndex(Indexes.ascending("year", "status"));
        forms.createIndex(Indexes.ascending("unit.code", "year"));
        forms.createIndex(Indexes.descending("updatedAt"));
    }

    public Optional<FormView> find(String id) {
        return Optional.ofNullable(forms.find(eq("_id", id)).first())
                .map(document -> ViewDocuments.fromDocument(document, FormView.class));
    }

    /** Current version of a declaration, 0 when the read model does not have it (yet). */
    public long version(String id) {
        Document document = forms.find(eq("_id", id)).projection(new Document("version", 1)).first();
        return document == null ? 0 : ((Number) document.get("version")).longValue();
    }

    /**
     * Stores the view if the stored one still has {@code expectedVersion} (0: none stored yet). False when another
     * writer got there first; the caller reloads and retries, so two writers never lose each other's event.
     */
    boolean save(FormView view, long expectedVersion) {
        Document document = ViewDocuments.toDocument(view).append("_id", view.id());
        if (expectedVersion == 0) {
            try {
                forms.insertOne(document);
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        return forms.replaceOne(and(eq("_id", view.id()), eq("version", expectedVersion)), document)
                .getMatchedCount() == 1;
    }

    public MongoCollection<Document> collection() {
        return forms;
    }
}
