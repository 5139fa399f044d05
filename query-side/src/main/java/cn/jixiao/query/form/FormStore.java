package cn.jixiao.query.form;

import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.projection.KeyedWrites;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * A stored form and the version its goals were written at (what a compare-and-set of the goals expects);
     * {@code goalsApart} is false for a form stored whole, as before the split, whose next save writes its goals apart.
     */
    record Stored(FormView view, long goalsVersion, boolean goalsApart) {
    }

    public Optional<FormView> find(String id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id)).map(Stored::view);
    }

    /**
     * The current form as the API serves it, straight from its stored documents: they were written as the JSON of a
     * {@link FormView}, so a read that only returns them needs no round trip through the record (two Jackson
     * conversions of a 15 KB form, about half of what serving it cost besides the request itself).
     */
    public Optional<Served> findServed(String id) {
        return Optional.ofNullable(findWhole(List.of(id)).get(id)).map(whole -> Served.of(whole.form()));
    }

    /** A stored form in the order and shape {@code GET /declarations/{id}} writes it; see {@link #findServed}. */
    public record Served(Map<String, Object> json, long version, String unitCode) {

        /** FormView's properties in its declared order, the order Jackson writes a record's components in. */
        private static final List<String> PROPERTIES = Arrays.stream(FormView.class.getRecordComponents())
                .map(RecordComponent::getName).toList();

        static Served of(Document whole) {
            Map<String, Object> json = new LinkedHashMap<>();
            PROPERTIES.forEach(property -> json.put(property, whole.get(property)));
            Document unit = whole.get("unit", Document.class);
            return new Served(json, versionOf(whole).longValue(), unit == null ? null : unit.getString("code"));
        }
    }

    /** The stored forms of these declarations, by id, in one key-served read (read again if caught half-written). */
    Map<String, Stored> findAll(Collection<String> ids) {
        Map<String, Stored> found = new LinkedHashMap<>();
        findWhole(ids).forEach((id, whole) -> found.put(id, new Stored(
                BsonViews.fromDocument(whole.form(), FormView.class), whole.goalsVersion(), whole.goalsApart())));
        return found;
    }

    /** A form's two documents joined again, with the version of its goals part. */
    private record Whole(Document form, long goalsVersion, boolean goalsApart) {
    }

    private Map<String, Whole> findWhole(Collection<String> ids) {
        Map<String, Whole> found = new LinkedHashMap<>();
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
                if (!head.containsKey(GOALS_VERSION)) {
                    found.put(id, new Whole(head, 0, false));
                } else if (goals == null || !versionOf(goals).equals(versionOf(head, GOALS_VERSION))) {
                    torn.add(id);
                } else {
                    found.put(id, new Whole(joined(head, goals), versionOf(goals), true));
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
        if (previous == null || goalsChanged || !previous.goalsApart()) {
            Document part = new Document("_id", view.id() + GOALS_SUFFIX).append(VERSION, view.version()).append(GOALS, goals);
            Long expected = previous != null && previous.goalsApart() ? goalsVersion : null;
            if (!KeyedWrites.compareAndSet(forms, part.get("_id"), VERSION, expected, part)) {
                return false;
            }
            goalsVersion = view.version();
        }
        form.append("_id", view.id()).append(GOALS_VERSION, goalsVersion);
        return KeyedWrites.compareAndSet(forms, view.id(), VERSION, previous == null ? null : previous.view().version(), form);
    }

    private static Document joined(Document head, Document goals) {
        Document whole = new Document(head);
        whole.remove(GOALS_VERSION);
        whole.put(GOALS, goals.get(GOALS));
        return whole;
    }

    private static Long versionOf(Document document) {
        return versionOf(document, VERSION);
    }

    private static Long versionOf(Document document, String field) {
        Number number = (Number) document.get(field);
        return number == null ? null : number.longValue();
    }
}
