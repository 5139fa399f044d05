package cn.jixiao.query.form;

import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.projection.KeyedWrites;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current forms of one generation, each in two documents sized for what changes together: the form without its
 * goals ({@code _id} = declaration id: status, texts, budget tables, reviews) and its goals with their indicators,
 * the bulk of a form ({@code _id} = id + {@value #GOALS_SUFFIX}). Changing a note, a budget or the status rewrites
 * the first only.
 *
 * <p>Every access is by key: reads by {@code _id} (both parts with one {@code $in}), writes by compare-and-set on
 * the unique {@code {_id, version}} index. The goals are written first with the version of the form that changed
 * them, and the form records that version ({@code goalsVersion}): a reader that finds other goals than the form
 * names caught a write half-way and reads again.
 */
public final class FormStore {

    public static final String COLLECTION = "declarations";
    static final String GOALS_SUFFIX = "#goals";
    private static final String VERSION = "version";
    private static final String GOALS = "goals";
    private static final String GOALS_VERSION = "goalsVersion";
    private static final int TORN_READ_ATTEMPTS = 20;

    private final MongoCollection<Document> forms;

    public FormStore(MongoDatabase database, CollectionNames names) {
        this.forms = database.getCollection(names.of(COLLECTION));
    }

    void createIndexes() {
        KeyedWrites.ensureVersionKey(forms, VERSION);
    }

    /** A stored form and the version its goals were written at (what a compare-and-set of the goals expects). */
    record Stored(FormView view, long goalsVersion) {
    }

    public Optional<FormView> find(String id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id)).map(Stored::view);
    }

    /** The stored forms of these declarations, by id, in one key-served read (read again if caught half-written). */
    Map<String, Stored> findAll(Collection<String> ids) {
        Map<String, Stored> found = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>(ids);
        for (int attempt = 0; attempt < TORN_READ_ATTEMPTS && !wanted.isEmpty(); attempt++) {
            List<String> keys = new ArrayList<>();
            wanted.forEach(id -> {
                keys.add(id);
                keys.add(id + GOALS_SUFFIX);
            });
            Map<Object, Document> documents = KeyedWrites.findByIds(forms, keys);
            List<String> torn = new ArrayList<>();
            for (String id : wanted) {
                Document head = documents.get(id);
                Document goals = documents.get(id + GOALS_SUFFIX);
                if (head == null) {
                    continue;
                }
                if (goals == null || !versionOf(goals).equals(versionOf(head, GOALS_VERSION))) {
                    torn.add(id);
                } else {
                    found.put(id, new Stored(view(head, goals), versionOf(goals)));
                }
            }
            wanted = torn;
        }
        if (!wanted.isEmpty()) {
            throw new IllegalStateException("申报表 " + wanted + " 的读模型持续处于写入中");
        }
        return found;
    }

    /** Current version of a declaration, 0 when the read model does not have it (yet). */
    public long version(String id) {
        Document document = forms.find(new Document("_id", id)).projection(new Document(VERSION, 1)).first();
        return document == null ? 0 : ((Number) document.get(VERSION)).longValue();
    }

    /**
     * Stores the view if the stored one is still {@code previous} (null: none stored yet), its goals only when
     * {@code goalsChanged}. False when another writer got there first; the caller reloads and retries, so two
     * writers never lose each other's event.
     */
    boolean save(FormView view, Stored previous, boolean goalsChanged) {
        Document form = BsonViews.toDocument(view);
        Object goals = form.remove(GOALS);
        long goalsVersion = previous == null ? 0 : previous.goalsVersion();
        if (previous == null || goalsChanged) {
            Document part = new Document("_id", view.id() + GOALS_SUFFIX).append(VERSION, view.version()).append(GOALS, goals);
            if (!KeyedWrites.compareAndSet(forms, part.get("_id"), VERSION, previous == null ? null : goalsVersion, part)) {
                return false;
            }
            goalsVersion = view.version();
        }
        form.append("_id", view.id()).append(GOALS_VERSION, goalsVersion);
        return KeyedWrites.compareAndSet(forms, view.id(), VERSION, previous == null ? null : previous.view().version(), form);
    }

    private static FormView view(Document head, Document goals) {
        Document whole = new Document(head);
        whole.remove(GOALS_VERSION);
        whole.put(GOALS, goals.get(GOALS));
        return BsonViews.fromDocument(whole, FormView.class);
    }

    private static Long versionOf(Document document) {
        return versionOf(document, VERSION);
    }

    private static Long versionOf(Document document, String field) {
        Number number = (Number) document.get(field);
        return number == null ? null : number.longValue();
    }
}
