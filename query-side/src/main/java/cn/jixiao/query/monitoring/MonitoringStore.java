package cn.jixiao.query.monitoring;

import cn.jixiao.kernel.monitoring.MonitoringForm;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.projection.KeyedWrites;
import cn.jixiao.query.rebuild.CollectionNames;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Mid-year monitoring's read model in one generation, every access by key: a round by its {@code _id} (holding
 * the ids of its forms), the forms' small list rows by {@code $in} over those ids, a form's fold by {@code _id}.
 * Each form document keeps the kernel's {@link MonitoringForm} as it was folded and the sequence number of its last
 * event ({@code seq}), written by compare-and-set on the unique {@code {_id, seq}}.
 */
final class MonitoringStore {

    static final String ROUNDS = "monitoring_rounds";
    static final String FORMS = "monitoring_forms";
    static final String ROWS = "monitoring_rows";
    static final String SEQ = "seq";
    private static final String FORM = "form";

    /** The fold holds dates and instants: written as ISO strings, as the API shows them. */
    private static final ObjectMapper FOLD = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A form's fold and the sequence number of the last event folded into it. */
    record Stored(MonitoringForm form, long seq) {
    }

    private final MongoDatabase database;
    private final CollectionNames names;

    MonitoringStore(MongoDatabase database, CollectionNames names) {
        this.database = database;
        this.names = names;
    }

    MongoCollection<Document> collection(String logicalName) {
        return database.getCollection(names.of(logicalName));
    }

    void createIndexes() {
        for (String name : new String[] {ROUNDS, FORMS, ROWS}) {
            KeyedWrites.ensureVersionKey(collection(name), SEQ);
        }
    }

    // ---- rounds

    void saveRound(MonitoringViews.RoundView round) {
        Document document = BsonViews.toDocument(round).append("_id", round.id()).append(SEQ, 1L);
        KeyedWrites.insertIfAbsent(collection(ROUNDS), document);
    }

    Optional<MonitoringViews.RoundView> round(String roundId) {
        return Optional.ofNullable(collection(ROUNDS).find(new Document("_id", roundId)).first())
                .map(document -> BsonViews.fromDocument(document, MonitoringViews.RoundView.class));
    }

    /** The rounds of these ids (a year has at most twelve), in the order asked. */
    List<MonitoringViews.RoundView> rounds(List<MonitoringRoundId> ids) {
        Map<Object, Document> found = KeyedWrites.findByIds(collection(ROUNDS), ids.stream().map(MonitoringRoundId::value).toList());
        return ids.stream().map(id -> found.get(id.value())).filter(Objects::nonNull)
                .map(document -> BsonViews.fromDocument(document, MonitoringViews.RoundView.class)).toList();
    }

    // ---- forms

    Map<String, Stored> forms(Collection<String> formIds) {
        return KeyedWrites.findStates(collection(FORMS), formIds, MonitoringStore::stored);
    }

    Optional<Stored> form(String formId) {
        return Optional.ofNullable(collection(FORMS).find(new Document("_id", formId)).first()).map(MonitoringStore::stored);
    }

    /** Compare-and-set on the form's {@code seq}; the list row follows, newer over older. */
    boolean save(Stored next, Stored previous) {
        @SuppressWarnings("unchecked")
        Document document = new Document(FOLD.convertValue(next.form(), Map.class));
        Document stored = new Document("_id", next.form().id().value()).append(SEQ, next.seq()).append(FORM, document);
        if (!KeyedWrites.compareAndSet(collection(FORMS), next.form().id().value(), SEQ,
                previous == null ? null : previous.seq(), stored)) {
            return false;
        }
        MonitoringViews.RowView row = MonitoringViews.RowView.of(next.form());
        Document rowDocument = BsonViews.toDocument(row).append("_id", row.id()).append(SEQ, next.seq());
        // the row is most likely where the form was: inserted with it, or at its previous seq (one write, no read)
        if (previous != null || !KeyedWrites.insertIfAbsent(collection(ROWS), rowDocument)) {
            KeyedWrites.replaceIfNewer(collection(ROWS), row.id(), SEQ, next.seq(), rowDocument,
                    previous == null ? null : previous.seq());
        }
        return true;
    }

    List<MonitoringViews.RowView> rows(Collection<String> formIds) {
        return KeyedWrites.findByIds(collection(ROWS), formIds).values().stream()
                .map(document -> BsonViews.fromDocument(document, MonitoringViews.RowView.class)).toList();
    }

    private static Stored stored(Document document) {
        MonitoringForm form = FOLD.convertValue(document.get(FORM, Document.class), MonitoringForm.class);
        return new Stored(form, ((Number) document.get(SEQ)).longValue());
    }
}
