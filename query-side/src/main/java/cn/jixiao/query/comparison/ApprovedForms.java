package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.projection.DeclarationWriter;
import cn.jixiao.query.projection.KeyedWrites;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One document per approved declaration: the form as it was last approved ({@code approved}) and the sequence
 * number of that approval ({@code seq}). Written only when a declaration is approved, so the edits in between
 * (and an adjustment in progress) never rewrite it.
 */
public final class ApprovedForms implements DeclarationWriter.Store<ApprovedForms.Approval> {

    /** Logical name: the physical one is that of a read-model generation. */
    public static final String COLLECTION = "comparison_forms";
    private static final String SEQ = "seq";
    /** The years a unit's forms are looked up in: those a query may name (see {@code Years}). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private final MongoCollection<Document> collection;

    public ApprovedForms(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** The form at its latest approval, event {@code seq} of its stream. */
    public record Approval(DeclarationForm form, long seq) {
    }

    public void ensureIndexes() {
        KeyedWrites.ensureVersionKey(collection, SEQ);
    }

    public Approval find(String declarationId) {
        return find(List.of(declarationId)).get(declarationId);
    }

    @Override
    public Map<String, Approval> find(Collection<String> declarationIds) {
        return KeyedWrites.findStates(collection, declarationIds, ApprovedForms::approval);
    }

    @Override
    public long seq(Approval state) {
        return state.seq();
    }

    /** Compare-and-set on the sequence number of the approval: false when another writer came first. */
    @Override
    public boolean save(Approval next, Approval previous) {
        DeclarationForm form = next.form();
        Document doc = new Document("_id", form.id().value())
                .append(SEQ, next.seq())
                .append("unitCode", form.unit() == null ? null : form.unit().code())
                .append("year", form.year())
                .append("kind", form.kind() == null ? null : form.kind().name())
                .append("approved", BsonViews.toDocument(form));
        return KeyedWrites.compareAndSet(collection, form.id().value(), SEQ, previous == null ? null : previous.seq(), doc);
    }

    /**
     * The department-wide forms of the unit as last approved, oldest year first. A declaration's id is derived from
     * its unit, year and kind, so this is one key-served read over the ids of every year a query can name.
     */
    public List<DeclarationForm> approvedOf(String unitCode) {
        return approvedAmong(year -> DeclarationId.forUnit(unitCode, year, DeclarationKind.DEPARTMENT));
    }

    /** The project forms of the unit's project of that code as last approved, oldest first: the ids name the code. */
    public List<DeclarationForm> approvedOf(String unitCode, String projectCode) {
        return approvedAmong(year -> DeclarationId.forProject(unitCode, projectCode, year));
    }

    private List<DeclarationForm> approvedAmong(java.util.function.IntFunction<DeclarationId> idOfYear) {
        List<String> ids = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).mapToObj(year -> idOfYear.apply(year).value())
                .toList();
        List<DeclarationForm> forms = new ArrayList<>();
        find(ids).values().forEach(approval -> forms.add(approval.form()));
        forms.sort(Comparator.comparingInt(DeclarationForm::year));
        return forms;
    }

    private static Approval approval(Document doc) {
        return new Approval(BsonViews.fromDocument(doc.get("approved", Document.class), DeclarationForm.class),
                doc.get(SEQ, Number.class).longValue());
    }
}
