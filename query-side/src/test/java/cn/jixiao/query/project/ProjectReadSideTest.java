package cn.jixiao.query.project;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.CompetentReviewPassedEvent;
import cn.jixiao.kernel.declaration.CompetentReviewRequestedEvent;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.IndicatorDetailsSetEvent;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectFundsUpdatedEvent;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.ValueBasis;
import cn.jixiao.query.revisions.RevisionsController;
import cn.jixiao.kernel.declaration.ProjectSample;
import cn.jixiao.query.form.FormController;
import cn.jixiao.query.form.FormReads;
import cn.jixiao.query.history.HistoryController;
import cn.jixiao.query.listing.ListingController;
import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.Seed;
import cn.jixiao.query.support.TestTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;

/** The readers a department-wide form has serve a project form too: the form, the list by kind, the history. */
class ProjectReadSideTest {

    private static final PersonRef COMPETENT = new PersonRef("u-gov", "张主管");

    private final TestTenant tenant = new TestTenant();
    private final FormReads reads = new FormReads(tenant.contexts(), tenant.progress(), Duration.ofSeconds(4));
    private final WebTestClient forms = Api.client(new FormController(reads));
    private final WebTestClient lists = Api.client(new ListingController(reads));
    private final WebTestClient history = Api.client(new HistoryController(tenant.contexts()));
    private final WebTestClient revisions = Api.client(new RevisionsController(reads));
    private final Seed project = Seed.of(ProjectSample.events())
            .then(new DeclarationSubmittedEvent(ProjectSample.ID, 1, List.of(), ProjectSample.FILER))
            .then(new CompetentReviewRequestedEvent(ProjectSample.ID, null))
            .then(new CompetentReviewPassedEvent(ProjectSample.ID, "同意上报", COMPETENT));

    @AfterEach
    void close() {
        tenant.close();
    }

    @Test
    void theFormShowsTheProjectSectionsEachTargetsTermAndEachIndicatorsDetails() {
        tenant.publish(project.events());

        forms.get().uri("/api/v1/declarations/" + ProjectSample.ID).headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.kind").isEqualTo("PROJECT")
                .jsonPath("$.status").isEqualTo("COMPETENT_REVIEWED")
                .jsonPath("$.project.info.code").isEqualTo(ProjectSample.PROJECT_CODE)
                .jsonPath("$.project.info.attribute").isEqualTo("CONTINUING")
                .jsonPath("$.project.funds.total").isEqualTo("86.5")
                .jsonPath("$.project.rationale.plan.length()").isEqualTo(3)
                .jsonPath("$.goals[0].term").isEqualTo("MEDIUM_TERM")
                .jsonPath("$.goals[1].term").isEqualTo("ANNUAL")
                .jsonPath("$.goals[1].indicators[0].core").isEqualTo(true)
                .jsonPath("$.goals[1].indicators[0].basis").isEqualTo("HISTORY")
                .jsonPath("$.goals[1].indicators[0].lastYearValue").isEqualTo("1150人次")
                .jsonPath("$.reviews[0].stage").isEqualTo("COMPETENT");
    }

    @Test
    void theDiffBetweenRevisionsShowsProjectFieldsAndIndicatorDetails() {
        Seed revised = Seed.of(ProjectSample.events())
                .then(new DeclarationSubmittedEvent(ProjectSample.ID, 1, List.of(), ProjectSample.FILER))
                .then(new CompetentReviewRequestedEvent(ProjectSample.ID, null))
                .then(new DeclarationReturnedEvent(ProjectSample.ID, ReviewStage.COMPETENT, "请压减资金", COMPETENT))
                .then(new ProjectFundsUpdatedEvent(ProjectSample.ID, new ProjectFunds(Amount.of("80"), Amount.of("80"),
                        null, null, Amount.of("82"), Amount.of("79.35"))))
                .then(new IndicatorDetailsSetEvent(ProjectSample.ID, ProjectSample.goalId(TargetTerm.ANNUAL),
                        ProjectSample.indicatorId(9), true, ValueBasis.PLAN, "20次"))
                .then(new DeclarationSubmittedEvent(ProjectSample.ID, 2, List.of(), ProjectSample.FILER));
        tenant.publish(revised.events());

        revisions.get().uri("/api/v1/declarations/" + ProjectSample.ID + "/diff?from=1&to=2")
                .headers(Api.as(Role.VIEWER)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.fields[?(@.path == 'project.funds.total')].new").isEqualTo("80")
                .jsonPath("$.indicators.changed.length()").isEqualTo(1)
                .jsonPath("$.indicators.changed[0].id").isEqualTo(ProjectSample.indicatorId(9).value())
                .jsonPath("$.indicators.changed[0].fields[0].path").isEqualTo("core");
    }

    @Test
    void theListFiltersByKind() {
        tenant.publish(project.events());
        tenant.publish(Seed.zhurong().events());

        lists.get().uri("/api/v1/declarations?kind=PROJECT").headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(ProjectSample.ID.value());
        lists.get().uri("/api/v1/declarations?kind=DEPARTMENT").headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1);
        lists.get().uri("/api/v1/declarations?kind=OTHER").headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].code").isEqualTo("KIND_INVALID");
    }

    @Test
    void theHistorySaysWhatEachProjectEventDid() {
        tenant.publish(project.events());

        history.get().uri("/api/v1/declarations/" + ProjectSample.ID + "/history").headers(Api.as(Role.AUDITOR))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.events[0].summary").value(s -> org.assertj.core.api.Assertions.assertThat((String) s)
                        .startsWith("创建2021年度项目支出绩效目标申报表"))
                .jsonPath("$.events[?(@.summary == '送主管部门审核')]").exists()
                .jsonPath("$.events[?(@.summary == '主管部门审核通过：同意上报')]").exists();
    }
}
