package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.GoalRemovedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.IndicatorRevisedEvent;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardProjectionTest {

    private static final TenantId TENANT = TenantId.of("nanyue");

    private final InMemoryTenants mongo = new InMemoryTenants();
    private final DashboardChanges changes = new DashboardChanges();
    private final List<Integer> notified = new ArrayList<>();
    private final CollectionNames generation = new CollectionNames(1);
    private final ReadModelWriter writer = new DashboardReadModel(changes).writer(mongo.of(TENANT), generation);

    DashboardProjectionTest() {
        changes.of(TENANT, 2020).subscribe(notified::add);
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void keepsOneContributionDocumentPerDeclarationWithItsLastSequenceNumber() {
        DeclarationStream zhurong = new DeclarationStream("001", 2020);
        feed(zhurong.created(), zhurong.budget("649.4", "210.6", "438.8", "7", "1"));

        Document doc = contributions().find().first();
        assertThat(doc.getString("_id")).isEqualTo(zhurong.id().value());
        assertThat(doc.getInteger("year")).isEqualTo(2020);
        assertThat(doc.getLong("seq")).isEqualTo(1L);
        assertThat(doc.getString("status")).isEqualTo("DRAFT");
        assertThat(doc.get("budget", Document.class)).containsEntry("income", "649.4")
                .containsEntry("expenditure", "649.4").containsEntry("basic", "210.6")
                .containsEntry("project", "438.8").containsEntry("threePublic", "8");
    }

    @Test
    void replayingAnEventTwiceChangesNothing() {
        DeclarationStream zhurong = new DeclarationStream("001", 2020);
        GoalId goal = GoalId.random();
        feed(zhurong.created(), zhurong.budget("100", "40", "60", "1", "1"), zhurong.goal(goal, "目标"));
        DomainEventMessage<?> indicator = zhurong.indicator(goal, IndicatorId.random(), Level2.QUANTITY, "土地出让面积", "=8.73亩");
        feed(indicator);
        Document before = contributions().find().first();
        DashboardSnapshot snapshotBefore = snapshot(2020);
        int notificationsBefore = notified.size();

        feed(indicator, indicator);

        assertThat(contributions().find().first()).isEqualTo(before);
        assertThat(snapshot(2020)).isEqualTo(snapshotBefore);
        assertThat(snapshotBefore.indicatorsByCategory()).containsExactly(Map.entry("OUTPUT/QUANTITY", 1));
        assertThat(snapshotBefore.budgetTotals().income().value()).isEqualByComparingTo("100");
        assertThat(notified).hasSize(notificationsBefore);
    }

    @Test
    void sumsBudgetsOfTheYearExactly() {
        DeclarationStream a = new DeclarationStream("001", 2020);
        DeclarationStream b = new DeclarationStream("002", 2020);
        DeclarationStream otherYear = new DeclarationStream("001", 2021);
        feed(a.created(), a.budget("0.1", "0.1", "0", "0.0001", "0"),
                b.created(), b.budget("0.2", "0", "0.2", "0.0002", "0"),
                otherYear.created(), otherYear.budget("1000", "1000", "0", "0", "0"));

        BudgetFigures totals = snapshot(2020).budgetTotals();

        assertThat(totals.income().toString()).isEqualTo("0.3");
        assertThat(totals.basic().toString()).isEqualTo("0.1");
        assertThat(totals.project().toString()).isEqualTo("0.2");
        assertThat(totals.threePublic().toString()).isEqualTo("0.0003");
        assertThat(snapshot(2020).declarations()).isEqualTo(2);
    }

    @Test
    void countsTheCurrentStatusAndTheWarningsOfTheLatestRevision() {
        DeclarationStream a = new DeclarationStream("001", 2020);
        DeclarationStream b = new DeclarationStream("002", 2020);
        feed(a.created(), a.submitted(1, "VAGUE_TARGET", "VAGUE_TARGET", "STAFF_OVER_AUTHORIZED"),
                a.append(new DeclarationReturnedEvent(a.id(), ReviewStage.BUSINESS, "请修改", DeclarationStream.REVIEWER)),
                a.submitted(2, "VAGUE_TARGET"),
                b.created());

        DashboardSnapshot snapshot = snapshot(2020);

        assertThat(snapshot.byStatus()).containsEntry(DeclarationStatus.SUBMITTED, 1)
                .containsEntry(DeclarationStatus.DRAFT, 1).containsEntry(DeclarationStatus.APPROVED, 0)
                .hasSize(DeclarationStatus.values().length);
        assertThat(snapshot.warningsByCode()).containsExactly(Map.entry("VAGUE_TARGET", 1));
    }

    @Test
    void followsIndicatorsThroughRevisionAndRemovalOfTheirGoal() {
        DeclarationStream a = new DeclarationStream("001", 2020);
        GoalId first = GoalId.random();
        GoalId second = GoalId.random();
        IndicatorId revised = IndicatorId.random();
        feed(a.created(), a.goal(first, "目标1"), a.goal(second, "目标2"),
                a.indicator(first, revised, Level2.QUANTITY, "培训次数", "≥12次"),
                a.indicator(second, IndicatorId.random(), Level2.SOCIAL, "群众受益", "有效提高"),
                a.indicator(second, IndicatorId.random(), Level2.SATISFACTION, "群众满意度", "≥90%"),
                a.append(new IndicatorRevisedEvent(a.id(), first, revised, Level1.OUTPUT, Level2.TIMELINESS,
                        "培训完成时间", TargetValue.parse("全年"))),
                a.append(new GoalRemovedEvent(a.id(), second)));

        assertThat(snapshot(2020).indicatorsByCategory()).containsExactly(Map.entry("OUTPUT/TIMELINESS", 1));
    }

    @Test
    void measuresReviewTurnaroundFromTheLastSubmitBeforeApproval() {
        DeclarationStream a = new DeclarationStream("001", 2020);
        DeclarationStream b = new DeclarationStream("002", 2020);
        DeclarationStream c = new DeclarationStream("003", 2020);
        feed(a.created(), a.submitted(1), a.after(10).append(
                        new DeclarationReturnedEvent(a.id(), ReviewStage.PERFORMANCE, "退回", DeclarationStream.REVIEWER)),
                a.after(5).submitted(2), a.after(2).approved(),
                b.created(), b.submitted(1), b.after(30).approved(),
                c.created(), c.submitted(1), c.after(4).approved());

        DashboardSnapshot.ReviewTurnaround turnaround = snapshot(2020).reviewTurnaround();

        assertThat(turnaround.count()).isEqualTo(3);
        assertThat(turnaround.medianSeconds()).isEqualTo(4 * 3600L);
        assertThat(turnaround.medianHours()).isEqualByComparingTo(new BigDecimal("4.00"));
        assertThat(turnaround.maxHours()).isEqualByComparingTo(new BigDecimal("30"));
        assertThat(snapshot(2020).byStatus()).containsEntry(DeclarationStatus.APPROVED, 3);
    }

    @Test
    void notifiesTheYearOnlyWhenItsFiguresChange() {
        DeclarationStream a = new DeclarationStream("001", 2020);
        feed(a.created(), a.goal(GoalId.random(), "只改目标文字，不影响看板"));

        assertThat(notified).containsExactly(2020);
    }

    @Test
    void anEventAfterAGapIsPrecededByTheMissingOnesFromTheEventStore() {
        DeclarationStream a = new DeclarationStream("001", 2020);
        List<DomainEventMessage<?>> stream = List.of(a.created(), a.budget("10", "10", "0", "0", "0"), a.submitted(1));
        mongo.append(TENANT, stream);

        feed(stream.get(2), stream.get(0), stream.get(2), stream.get(1));

        assertThat(snapshot(2020).byStatus()).containsEntry(DeclarationStatus.SUBMITTED, 1);
        assertThat(snapshot(2020).budgetTotals().income().toString()).isEqualTo("10");
        assertThat(contributions().find().first().getLong("seq")).isEqualTo(2L);
    }

    @Test
    void aWriterThatLostTheRaceDoesNotOverwriteTheNewerContribution() {
        DeclarationStream a = new DeclarationStream("001", 2020);
        feed(a.created());
        DashboardContributions store = DashboardReadModel.contributions(mongo.database(TENANT), generation);
        DashboardContribution stale = store.find(a.id().value());
        feed(a.budget("10", "10", "0", "0", "0"));

        boolean written = store.save(stale.apply(a.submitted(1).getPayload(), 1, null), stale);

        assertThat(written).isFalse();
        assertThat(store.save(stale, null)).isFalse();
        assertThat(snapshot(2020).byStatus()).containsEntry(DeclarationStatus.DRAFT, 1);
        assertThat(snapshot(2020).budgetTotals().income().toString()).isEqualTo("10");
    }

    /** One batch, as the processor hands it over. */
    private void feed(DomainEventMessage<?>... events) {
        writer.write(List.of(events));
    }

    private com.mongodb.client.MongoCollection<Document> contributions() {
        return mongo.database(TENANT).getCollection(generation.of(DashboardContributions.COLLECTION));
    }

    private DashboardSnapshot snapshot(int year) {
        TenantContext ctx = mongo.of(TENANT);
        return DashboardReadModel.snapshot(ctx.database(), year);
    }
}
