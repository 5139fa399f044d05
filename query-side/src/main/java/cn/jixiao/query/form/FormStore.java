package cn.jixiao.query.form;

import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.projection.KeyedWrites;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The current forms of one generation, one document per declaration ({@code _id} = declaration id). Every access
 * is by key: reads by {@code _id} (or {@code $in} over ids), writes by compare-and-set on the unique
 * {@code {_id, version}} index.
 */
public final class FormStore {

    public static final String COLLECTION = "declarations";
    private static final String VERSION = "version";

    private final MongoCollection<Document> forms;

    public FormStore(MongoDatabase database, CollectionNames names) {
        this.forms = database.getCollection(names.of(COLLECTION));
    }

    void createIndexes() {
        KeyedWrites.ensureVersionKey(forms, VERSION);
    }

    public Optional<FormView> find(String id) {
        return Optional.ofNullable(forms.find(new Document("_id", id)).first()).map(FormStore::view);
    }

    /** The stored forms of these declarations, by id, in one key-served read. */
    Map<String, FormView> findAll(Collection<String> ids) {
        Map<String, FormView> found = new LinkedHashMap<>();
        KeyedWrites.findByIds(forms, ids).forEach((id, document) -> found.put((String) id, view(document)));
        return found;
    }

    /** Current version of a declaration, 0 when the read model does not have it (yet). */
    public long version(String id) {
        Document document = forms.find(new Document("_id", id)).projection(new Document(VERSION, 1)).first();
        return document == null ? 0 : ((Number) document.get(VERSION)).longValue();
    }

    /**
     * Stores the view if the stored one still has {@code expectedVersion} (0: none stored yet). False when another
     * writer got there first; the caller reloads and retries, so two writers never lose each other's event.
     */
    boolean save(FormView view, long expectedVersion) {
        Document document = BsonViews.toDocument(view).append("_id", view.id());
        return KeyedWrites.compareAndSet(forms, view.id(), VERSION, expectedVersion == 0 ? null : expectedVersion, document);
    }

    private static FormView view(Document document) {
        return BsonViews.fromDocument(document, FormView.class);
    }
}
