package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.query.dashboard.DashboardContribution.IndicatorSlot;
import cn.jixiao.query.projection.DeclarationWriter;
import cn.jixiao.query.projection.KeyedWrites;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The contribution documents, one per declaration, keyed by declaration id: the dashboard projection's fold state.
 * Amounts are stored as decimal strings so they stay exact. Readers never read these: the figures of a year are in
 * {@link DashboardYears}.
 */
public final class DashboardContributions implements DeclarationWriter.Store<DashboardContribution> {

    /** Logical name: the physical one is that of a read-model generation ({@code rm1_dashboard_contributions}). */
    public static final String COLLECTION = "dashboard_contributions";

    private final MongoCollection<Document> collection;

    public DashboardContributions(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public void ensureIndexes() {
        KeyedWrites.ensureVersionKey(collection, "seq");
    }

    public DashboardContribution find(String declarationId) {
        return find(List.of(declarationId)).get(declarationId);
    }

    @Override
    public Map<String, DashboardContribution> find(Collection<String> declarationIds) {
        return KeyedWrites.findStates(collection, declarationIds, DashboardContributions::fromDocument);
    }

    @Override
    public long seq(DashboardContribution state) {
        return state.seq();
    }

    /**
     * Writes {@code contribution} if the stored one is still {@code previous} (compare-and-set on the sequence
     * number): the live processor and a rebuild may write the same generation at once. False when another writer
     * came first; the caller reads again.
     */
    @Override
    public boolean save(DashboardContribution contribution, DashboardContribution previous) {
        return KeyedWrites.compareAndSet(collection, contribution.declarationId(), "seq",
                previous == null ? null : previous.seq(), toDocument(contribution));
    }

    static Document toDocument(DashboardContribution c) {
        return new Document("_id", c.declarationId())
                .append("year", c.year())
                .append("seq", c.seq())
                .append("status", c.status().name())
                .append("budget", budgetDocument(c.budget()))
                .append("indicators", c.indicators().stream()
                        .map(slot -> new Document("goal", slot.goalId()).append("id", slot.indicatorId())
                                .append("category", slot.category()))
                        .toList())
                .append("warnings", c.warnings())
                .append("lastSubmittedAt", c.lastSubmittedAt() == null ? null : Date.from(c.lastSubmittedAt()))
                .append("turnaroundSeconds", c.turnaroundSeconds())
                .append("project", projectDocument(c.project()));
    }

    static Document projectDocument(DashboardContribution.ProjectSlot project) {
        return project == null ? null
                : new Document("department", project.department()).append("funds", project.funds().toString());
    }

    /** Documents stored before project forms existed have none: a department-wide form. */
    static DashboardContribution.ProjectSlot project(Document d) {
        Document p = d.get("project", Document.class);
        return p == null ? null : new DashboardContribution.ProjectSlot(p.getString("department"), Amount.of(p.getString("funds")));
    }

    static DashboardContribution fromDocument(Document d) {
        BudgetFigures budget = budget(d.get("budget", Document.class));
        List<IndicatorSlot> indicators = d.getList("indicators", Document.class).stream()
                .map(i -> new IndicatorSlot(i.getString("goal"), i.getString("id"), i.getString("category")))
                .toList();
        Date submitted = d.getDate("lastSubmittedAt");
        Instant lastSubmittedAt = submitted == null ? null : submitted.toInstant();
        Number turnaround = d.get("turnaroundSeconds", Number.class);
        return new DashboardContribution(d.getString("_id"), d.getInteger("year"), d.get("seq", Number.class).longValue(),
                DeclarationStatus.valueOf(d.getString("status")), budget, indicators,
                d.getList("warnings", String.class), lastSubmittedAt,
                turnaround == null ? null : turnaround.longValue(), project(d));
    }

    static Document budgetDocument(BudgetFigures b) {
        return new Document("income", b.income().toString())
                .append("expenditure", b.expenditure().toString())
                .append("basic", b.basic().toString())
                .append("project", b.project().toString())
                .append("threePublic", b.threePublic().toString());
    }

    static BudgetFigures budget(Document b) {
        return new BudgetFigures(Amount.of(b.getString("income")), Amount.of(b.getString("expenditure")),
                Amount.of(b.getString("basic")), Amount.of(b.getString("project")), Amount.of(b.getString("threePublic")));
    }
}
