package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.support.Seed;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.jixiao.query.support.StoredForms;
import cn.jixiao.query.support.TestTenant;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormProjectionTest {

    private final TestTenant tenant = new TestTenant();
    private final CollectionNames names = new CollectionNames(1);

    @AfterEach
    void close() {
        tenant.close();
    }

    private Document stored(Seed seed) {
        return StoredForms.of(tenant.ctx().database(), names, seed.id().value());
    }

    @Test
    void storesTheFormInTheShapeOfTheApi() {
        Seed seed = Seed.zhurong();
        tenant.publish(seed.events());

        Document form = stored(seed);
        assertThat(form.getString("id")).isEqualTo(seed.id().value());
        assertThat(form.getInteger("year")).isEqualTo(2020);
        assertThat(form.getString("kind")).isEqualTo("DEPARTMENT");
        assertThat(form.getString("status")).isEqualTo("SUBMITTED");
        assertThat(((Number) form.get("version")).longValue()).isEqualTo(9);
        assertThat(form.getInteger("revision")).isEqualTo(1);
        assertThat(form.getString("edition")).isEqualTo("2020");
        assertThat(form.get("unit", Document.class).getString("name")).isEqualTo("衡阳市南岳区祝融街道办事处");
        assertThat(form.get("contact", Document.class).getString("phone")).isEqualTo("18216015913");
        assertThat(form.get("staffing", Document.class).getInteger("actual")).isEqualTo(29);
        assertThat(form.get("income", Document.class).getString("total")).isEqualTo("649.4");
        assertThat(form.get("expenditure", Document.class).getString("basic")).isEqualTo("210.6");
        assertThat(form.get("threePublic", Document.class).getString("travelAbroad")).isEqualTo("0");
        assertThat(form.getString("updatedAt")).isEqualTo("2020-01-06T08:08:00.000Z");

        Document goal = form.getList("goals", Document.class).get(0);
        assertThat(goal.getInteger("number")).isEqualTo(1);
        assertThat(goal.getString("id")).isEqualTo(Seed.GOAL_1.value());
        Document indicator = goal.getList("indicators", Document.class).get(0);
        assertThat(indicator.getString("level1")).isEqualTo("OUTPUT");
        assertThat(indicator.getString("level2")).isEqualTo("QUANTITY");
        assertThat(indicator.get("target", Document.class))
                .containsEntry("text", "=8.73亩").containsEntry("comparator", "EQ").containsEntry("value", "8.73")
                .containsEntry("unit", "亩").containsEntry("kind", "QUANTITATIVE");
    }

    @Test
    void replayingEventsAlreadyAppliedChangesNothing() {
        Seed seed = Seed.zhurong();
        tenant.publish(seed.events());
        Document before = stored(seed);

        seed.events().forEach(tenant.live()::on);
        seed.events().forEach(tenant.live()::on);

        assertThat(stored(seed)).isEqualTo(before);
    }

    @Test
    void aMissedEventIsFilledInFromTheEventStore() {
        Seed seed = Seed.zhurong();
        tenant.publish(seed.upTo(3));
        tenant.append(seed.from(3));

        tenant.live().on(seed.events().get(8));

        Seed reference = Seed.zhurong();
        try (TestTenant other = new TestTenant()) {
            other.publish(reference.events());
            Document expected = StoredForms.of(other.ctx().database(), names, reference.id().value());
            assertThat(stored(seed)).isEqualTo(expected);
        }
        assertThat(new RevisionStore(tenant.ctx().database(), names).find(seed.id().value(), 1)).isPresent();
    }

    @Test
    void reviewsAndStatusFollowTheLifeCycle() {
        Seed seed = Seed.zhurong().returned("目标不够具体").revised().submitted(2).approved();
        tenant.publish(seed.events());

        FormView form = new FormStore(tenant.ctx().database(), names).find(seed.id().value()).orElseThrow();
        assertThat(form.status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(form.revision()).isEqualTo(2);
        assertThat(form.version()).isEqualTo(seed.events().size());
        assertThat(form.reviews()).extracting(FormView.ReviewView::stage, FormView.ReviewView::decision, FormView.ReviewView::opinion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReviewStage.BUSINESS, ReviewDecision.RETURN, "目标不够具体"),
                        org.assertj.core.groups.Tuple.tuple(ReviewStage.BUSINESS, ReviewDecision.PASS, "同意"),
                        org.assertj.core.groups.Tuple.tuple(ReviewStage.PERFORMANCE, ReviewDecision.APPROVE, "同意批复"));
        assertThat(form.reviews().get(0).reviewer()).isEqualTo(Seed.BUSINESS);
        assertThat(form.goals()).extracting(FormView.GoalView::number, FormView.GoalView::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "实施城中村改造重点工程项目"),
                        org.assertj.core.groups.Tuple.tuple(2, "控制行政成本"));
    }

    @Test
    void theServedFormIsTheJsonOfItsViewWithoutGoingThroughIt() throws Exception {
        Seed seed = Seed.zhurong().returned("目标不够具体").revised().submitted(2).approved();
        tenant.publish(seed.events());
        FormStore store = new FormStore(tenant.ctx().database(), names);

        FormView view = store.find(seed.id().value()).orElseThrow();
        FormStore.Served served = store.findServed(seed.id().value()).orElseThrow();
        // what the API wrote before it served the stored JSON: the view, through Jackson
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(served.json())).isEqualTo(json.writeValueAsString(view));
        assertThat(served.version()).isEqualTo(view.version());
        assertThat(served.unitCode()).isEqualTo(view.unit().code());
    }

    @Test
    void eachSubmitStoresTheFormAsSubmittedWithItsWarnings() {
        Seed seed = Seed.zhurong().returned("目标不够具体").revised().submitted(2);
        tenant.publish(seed.events());

        List<RevisionView> revisions = new RevisionStore(tenant.ctx().database(), names).list(seed.id().value(), 2);
        assertThat(revisions).extracting(RevisionView::revision).containsExactly(1, 2);
        RevisionView first = revisions.get(0);
        assertThat(first.submittedBy()).isEqualTo(Seed.FILER);
        assertThat(first.submittedAt()).isEqualTo("2020-01-06T08:08:00.000Z");
        assertThat(first.warnings()).extracting("code").containsExactly("ACTUAL_STAFF_EXCEEDS_AUTHORIZED");
        assertThat(first.form().version()).isEqualTo(9);
        assertThat(first.form().goals().get(0).indicators()).hasSize(2);
        assertThat(revisions.get(1).form().goals()).hasSize(2);
    }

    @Test
    void theStoredViewFoldsBackIntoTheSameState() {
        Seed seed = Seed.zhurong().returned("退回").revised();
        tenant.publish(seed.events());
        FormView view = new FormStore(tenant.ctx().database(), names).find(seed.id().value()).orElseThrow();

        assertThat(FormState.of(view).view()).isEqualTo(view);
    }
}
