package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.query.dashboard.DashboardContribution.IndicatorSlot;
import cn.jixiao.query.rebuild.SequencedProjector;
import cn.jixiao.query.rebuild.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The contribution documents, one per declaration, keyed by declaration id. Amounts are stored as decimal strings
 * so they stay exact.
 */
public final class DashboardContributions implements SequencedProjector.Store<DashboardContribution> {

    /** Logical name: the physical one is that of a read-model generation ({@code rm1_dashboard_contributions}). */
    public static final String COLLECTION = "dashboard_contributions";

    private final MongoCollection<Document> collection;

    public DashboardContributions(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public void ensureIndexes() {
        collection.createIndex(Indexes.ascending("year"));
    }

    @Override
    public DashboardContribution find(String declarationId) {
        Document doc = collection.find(Filters.eq("_id", declarationId)).first();
        return doc == null ? null : fromDocument(doc);
    }

    @Override
    public long seq(DashboardContribution state) {
        return state.seq();
    }

    public List<DashboardContribution> ofYear(int year) {
        return collection.find(Filters.eq("year", year)).map(DashboardContributions::fromDocument)
                .into(new ArrayList<>());
    }

    /**
     * Writes {@code contribution} if the stored one is still {@code previous} (compare-and-set on the sequence
     * number): the live processor and a rebuild may write the same generation at once. False when another writer
     * came first; the caller reads again.
     */
    @Override
    public boolean save(DashboardContribution contribution, DashboardContribution previous) {
        return Upserts.compareAndSet(collection, contribution.declarationId(), toDocument(contribution),
                previous == null ? null : previous.seq());
    }

    static Document toDocument(DashboardContribution c) {
        BudgetFigures b = c.budget();
        return new Document("_id", c.declarationId())
                .append("year", c.year())
                .append("seq", c.seq())
                .append("status", c.status().name())
                .append("budget", new Document("income", b.income().toString())
                        .append("expenditure", b.expenditure().toString())
                        .append("basic", b.basic().toString())
                        .append("project", b.project().toString())
                        .append("threePublic", b.threePublic().toString()))
                .append("indicators", c.indicators().stream()
                        .map(slot -> new Document("goal", slot.goalId()).append("id", slot.indicatorId())
                                .append("category", slot.category()))
                        .toList())
                .append("warnings", c.warnings())
                .append("lastSubmittedAt", c.lastSubmittedAt() == null ? null : Date.from(c.lastSubmittedAt()))
                .append("turnaroundSeconds", c.turnaroundSeconds());
    }

    static DashboardContribution fromDocument(Document d) {
        Document b = d.get("budget", Document.class);
        BudgetFigures budget = new BudgetFigures(Amount.of(b.getString("income")), Amount.of(b.getString("expenditure")),
                Amount.of(b.getString("basic")), Amount.of(b.getString("project")), Amount.of(b.getString("threePublic")));
        List<IndicatorSlot> indicators = d.getList("indicators", Document.class).stream()
                .map(i -> new IndicatorSlot(i.getString("goal"), i.getString("id"), i.getString("category")))
                .toList();
        Date submitted = d.getDate("lastSubmittedAt");
        Instant lastSubmittedAt = submitted == null ? null : submitted.toInstant();
        Number turnaround = d.get("turnaroundSeconds", Number.class);
        return new DashboardContribution(d.getString("_id"), d.getInteger("year"), d.get("seq", Number.class).longValue(),
                DeclarationStatus.valueOf(d.getString("status")), budget, indicators,
                d.getList("warnings", String.class), lastSubmittedAt,
                turnaround == null ? null : turnaround.longValue());
    }
}
