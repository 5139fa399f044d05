package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.query.rebuild.SequencedProjector;
import cn.jixiao.query.rebuild.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * One document per declaration: the form as the events have made it so far ({@code form}), and the form as it was
 * last approved ({@code approved}, absent until then). An adjustment edits {@code form} while {@code approved}
 * keeps the targets in force.
 */
public final class ApprovedForms implements SequencedProjector.Store<ApprovedForms.Tracked> {

    /** Logical name: the physical one is that of a read-model generation. */
    public static final String COLLECTION = "comparison_forms";

    private final MongoCollection<Document> collection;

    public ApprovedForms(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** The working copy of one declaration and the sequence number of the last event applied to it. */
    public record Tracked(DeclarationForm form, long seq, DeclarationForm approved) {
    }

    public void ensureIndexes() {
        collection.createIndex(Indexes.ascending("unitCode", "year"));
    }

    @Override
    public Tracked find(String declarationId) {
        Document doc = collection.find(Filters.eq("_id", declarationId)).first();
        if (doc == null) {
            return null;
        }
        Document approved = doc.get("approved", Document.class);
        return new Tracked(FormDocuments.fromDocument(doc.get("form", Document.class)),
                doc.get("seq", Number.class).longValue(), approved == null ? null : FormDocuments.fromDocument(approved));
    }

    @Override
    public long seq(Tracked state) {
        return state.seq();
    }

    /** Compare-and-set on the sequence number, as for the dashboard: false when another writer came first. */
    @Override
    public boolean save(Tracked tracked, Tracked previous) {
        DeclarationForm form = tracked.form();
        Document doc = new Document("_id", form.id().value())
                .append("seq", tracked.seq())
                .append("unitCode", form.unit() == null ? null : form.unit().code())
                .append("year", form.year())
                .append("kind", form.kind() == null ? null : form.kind().name())
                .append("form", FormDocuments.toDocument(form))
                .append("approved", tracked.approved() == null ? null : FormDocuments.toDocument(tracked.approved()));
        return Upserts.compareAndSet(collection, form.id().value(), doc, previous == null ? null : previous.seq());
    }

    /** The department-wide forms of the unit as last approved, oldest year first. */
    public List<DeclarationForm> approvedOf(String unitCode) {
        List<DeclarationForm> forms = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("unitCode", unitCode), Filters.eq("kind", DeclarationKind.DEPARTMENT.name()),
                        Filters.ne("approved", null)))
                .forEach(doc -> forms.add(FormDocuments.fromDocument(doc.get("approved", Document.class))));
        forms.sort(java.util.Comparator.comparingInt(DeclarationForm::year));
        return forms;
    }
}
