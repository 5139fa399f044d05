package cn.jixiao.query.revisions;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.form.FormReads;
import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.Seed;
import cn.jixiao.query.support.TestTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

class RevisionsApiTest {

    private final TestTenant tenant = new TestTenant();
    private final WebTestClient api = Api.client(new RevisionsController(new FormReads(tenant.contexts(), tenant.progress(), Duration.ofMillis(300))));
    private final Seed zhurong = Seed.zhurong().returned("目标不够具体").revised().submitted(2);

    @AfterEach
    void close() {
        tenant.close();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return api.get().uri("/api/v1/declarations/" + zhurong.id() + path).headers(Api.as(Role.BUSINESS_REVIEWER)).exchange();
    }

    @Test
    void listsEachSubmittedRevisionWithItsWarnings() {
        tenant.publish(zhurong.events());

        get("/revisions").expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].revision").isEqualTo(1)
                .jsonPath("$.items[0].submittedAt").isEqualTo("2020-01-06T08:08:00.000Z")
                .jsonPath("$.items[0].submittedBy.name").isEqualTo("旷文倩")
                .jsonPath("$.items[0].warnings[0].code").isEqualTo("ACTUAL_STAFF_EXCEEDS_AUTHORIZED")
                .jsonPath("$.items[1].revision").isEqualTo(2);
    }

    @Test
    void aRevisionIsTheFormExactlyAsSubmitted() {
        tenant.publish(zhurong.events());

        get("/revisions/1").expectStatus().isOk().expectBody()
                .jsonPath("$.revision").isEqualTo(1)
                .jsonPath("$.form.version").isEqualTo(9)
                .jsonPath("$.form.status").isEqualTo("SUBMITTED")
                .jsonPath("$.form.goals.length()").isEqualTo(1)
                .jsonPath("$.form.goals[0].indicators[0].target.text").isEqualTo("=8.73亩");
        get("/revisions/3").expectStatus().isNotFound();
    }

    @Test
    void theDiffListsFieldGoalAndIndicatorChangesMatchedById() {
        tenant.publish(zhurong.events());

        get("/diff?from=1&to=2").expectStatus().isOk().expectBody()
                .jsonPath("$.from").isEqualTo(1)
                .jsonPath("$.to").isEqualTo(2)
                .jsonPath("$.fields.length()").isEqualTo(1)
                .jsonPath("$.fields[0].path").isEqualTo("notes")
                .jsonPath("$.fields[0].old").isEqualTo("")
                .jsonPath("$.fields[0].new").isEqualTo("无")
                .jsonPath("$.goals.added[0].id").isEqualTo(Seed.GOAL_2.value())
                .jsonPath("$.goals.added[0].number").isEqualTo(2)
                .jsonPath("$.goals.removed").isEmpty()
                .jsonPath("$.goals.changed").isEmpty()
                .jsonPath("$.indicators.added[0].id").isEqualTo(Seed.COST.value())
                .jsonPath("$.indicators.added[0].goalId").isEqualTo(Seed.GOAL_2.value())
                .jsonPath("$.indicators.added[0].target.comparator").isEqualTo("LE")
                .jsonPath("$.indicators.removed[0].id").isEqualTo(Seed.SATISFACTION.value())
                .jsonPath("$.indicators.changed.length()").isEqualTo(1)
                .jsonPath("$.indicators.changed[0].id").isEqualTo(Seed.AREA.value())
                .jsonPath("$.indicators.changed[0].goalId").isEqualTo(Seed.GOAL_1.value())
                .jsonPath("$.indicators.changed[0].fields[?(@.path == 'target.text')].old").isEqualTo("=8.73亩")
                .jsonPath("$.indicators.changed[0].fields[?(@.path == 'target.text')].new").isEqualTo("≥9亩")
                .jsonPath("$.indicators.changed[0].fields[?(@.path == 'target.comparator')].new").isEqualTo("GE")
                .jsonPath("$.indicators.changed[0].fields[?(@.path == 'target.value')].new").isEqualTo("9");
    }

    @Test
    void theDiffBackwardsIsTheMirrorImage() {
        tenant.publish(zhurong.events());

        get("/diff?from=2&to=1").expectStatus().isOk().expectBody()
                .jsonPath("$.goals.removed[0].id").isEqualTo(Seed.GOAL_2.value())
                .jsonPath("$.indicators.added[0].id").isEqualTo(Seed.SATISFACTION.value())
                .jsonPath("$.fields[0].new").isEqualTo("");
    }

    @Test
    void theDiffRefusesBadParametersAndUnknownRevisions() {
        tenant.publish(zhurong.events());

        get("/diff?from=1").expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].field").isEqualTo("to");
        get("/diff?from=0&to=1").expectStatus().isBadRequest();
        get("/diff?from=a&to=1").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("from")
                .jsonPath("$.violations[0].code").isEqualTo("PARAMETER_INVALID");
        get("/diff?from=1&to=5").expectStatus().isNotFound();
        api.get().uri("/api/v1/declarations/nope/diff?from=1&to=2").headers(Api.as(Role.AUDITOR)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void revisionsFollowTheSameReadRules() {
        tenant.publish(zhurong.events());

        api.get().uri("/api/v1/declarations/" + zhurong.id() + "/revisions").headers(Api.asFiler("other")).exchange()
                .expectStatus().isForbidden();
        api.get().uri("/api/v1/declarations/" + zhurong.id() + "/revisions").headers(Api.as(Role.PLATFORM_OPERATOR)).exchange()
                .expectStatus().isForbidden();
        get("/revisions?minVersion=99").expectStatus().isEqualTo(503).expectHeader().valueEquals("Retry-After", "1");
    }
}
