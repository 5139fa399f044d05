package cn.jixiao.query.form;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.ProcessorBatches;
import cn.jixiao.query.support.Seed;
import cn.jixiao.query.support.TestTenant;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FormApiTest {

    private final TestTenant tenant = new TestTenant();
    private final WebTestClient api = Api.client(new FormController(new FormReads(tenant.contexts(), tenant.progress(), Duration.ofMillis(600))));
    private final Seed zhurong = Seed.zhurong();

    @AfterEach
    void close() {
        tenant.close();
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return api.get().uri(uri).headers(Api.as(Role.VIEWER)).exchange();
    }

    private String path() {
        return "/api/v1/declarations/" + zhurong.id();
    }

    @Test
    void theCurrentFormCarriesItsVersionAsETag() {
        tenant.publish(zhurong.events());

        get(path()).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"9\"")
                .expectBody()
                .jsonPath("$.id").isEqualTo(zhurong.id().value())
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.version").isEqualTo(9)
                .jsonPath("$.edition").isEqualTo("2020")
                .jsonPath("$.unit.code").isEqualTo("431203001")
                .jsonPath("$.income.total").isEqualTo("649.4")
                .jsonPath("$.threePublic.vehicles").isEqualTo("7")
                .jsonPath("$.goals[0].number").isEqualTo(1)
                .jsonPath("$.goals[0].indicators[0].target.value").isEqualTo("8.73")
                .jsonPath("$.goals[0].indicators[0].target.comparator").isEqualTo("EQ")
                .jsonPath("$.goals[0].indicators[1].target.comparator").isEqualTo("GE")
                .jsonPath("$.reviews").isEmpty()
                .jsonPath("$.updatedAt").isEqualTo("2020-01-06T08:08:00.000Z");
    }

    @Test
    void anUnknownDeclarationIsNotFound() {
        get("/api/v1/declarations/nope").expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.detail").exists();
    }

    @Test
    void thePlatformOperatorReadsNoDeclaration() {
        tenant.publish(zhurong.events());

        api.get().uri(path()).headers(Api.as(Role.PLATFORM_OPERATOR)).exchange().expectStatus().isForbidden();
    }

    @Test
    void aFilerReadsOnlyItsOwnUnitsDeclaration() {
        tenant.publish(zhurong.events());

        api.get().uri(path()).headers(Api.asFiler("431203001")).exchange().expectStatus().isOk();
        api.get().uri(path()).headers(Api.asFiler("431203999")).exchange().expectStatus().isForbidden();
        api.get().uri(path() + "?asOfVersion=2").headers(Api.asFiler("431203999")).exchange().expectStatus().isForbidden();
    }

    @Test
    void asOfVersionShowsTheFormAfterThatManyEvents() {
        tenant.publish(zhurong.events());

        get(path() + "?asOfVersion=6").expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"6\"")
                .expectBody()
                .jsonPath("$.version").isEqualTo(6)
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.goals.length()").isEqualTo(1)
                .jsonPath("$.goals[0].indicators").isEmpty();
    }

    @Test
    void timeTravelIgnoresSnapshotsAndTheReadModel() {
        tenant.append(zhurong.events());
        tenant.eventStore().storeSnapshot(new GenericDomainEventMessage<>("Declaration", zhurong.id().value(), 7,
                "a snapshot of the aggregate"));

        get(path() + "?asOfVersion=1").expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1).jsonPath("$.contact.name").isEqualTo("");
        get(path() + "?asOfVersion=9").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SUBMITTED").jsonPath("$.revision").isEqualTo(1);
    }

    @Test
    void asOfAnInstantShowsTheFormAsItWasThen() {
        tenant.publish(zhurong.events());

        get(path() + "?asOf=2020-01-06T08:03:30Z").expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(4).jsonPath("$.income.total").isEqualTo("649.4")
                .jsonPath("$.functions").isEqualTo("1、宣传贯彻党的路线方针政策").jsonPath("$.overallGoal").isEqualTo("");
        get(path() + "?asOf=2019-12-31T00:00:00Z").expectStatus().isNotFound();
    }

    @Test
    void timeTravelRefusesWhatCannotBeAPointInTime() {
        tenant.publish(zhurong.events());

        get(path() + "?asOfVersion=10").expectStatus().isNotFound();
        get(path() + "?asOfVersion=0").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("asOfVersion");
        get(path() + "?asOf=yesterday").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].code").isEqualTo("AS_OF_INVALID");
        get(path() + "?asOf=2020-01-06T08:03:30Z&asOfVersion=2").expectStatus().isBadRequest();
        get(path() + "?asOfVersion=x").expectStatus().isBadRequest();
    }

    @Test
    void minVersionWaitsForTheProjectionToCatchUp() throws Exception {
        tenant.publish(zhurong.upTo(5));
        tenant.append(zhurong.from(5));
        CompletableFuture<Void> live = CompletableFuture.runAsync(() -> zhurong.from(5).forEach(tenant.live()::on),
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));

        get(path() + "?minVersion=9").expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(9);
        live.get();
    }

    @Test
    void aWaitingReadIsWokenByTheProjectionInsteadOfPolling() throws Exception {
        tenant.publish(zhurong.upTo(5));
        tenant.append(zhurong.from(5));
        tenant.commands().clear();
        CompletableFuture<Void> live = CompletableFuture.runAsync(() -> ProcessorBatches.feed(tenant.live()::on, zhurong.from(5)),
                CompletableFuture.delayedExecutor(400, TimeUnit.MILLISECONDS));

        get(path() + "?minVersion=9").expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(9);
        live.get();

        long formReads = tenant.commands().filters().stream()
                .filter(filter -> filter.command().equals("find") && filter.collection().equals("rm1_declarations")).count();
        // the version before the write, once woken (a fallback read at most), then the form
        assertThat(formReads).isBetween(3L, 5L);
    }

    @Test
    void minVersionNotReachedInTimeAsksToRetry() {
        tenant.publish(zhurong.upTo(5));

        get(path() + "?minVersion=9").expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        get("/api/v1/declarations/nope?minVersion=1").expectStatus().isEqualTo(503);
    }

    @Test
    void validationReportsTheRulesFindingsOnTheCurrentForm() {
        tenant.publish(zhurong.events());

        get(path() + "/validation").expectStatus().isOk().expectBody()
                .jsonPath("$.errors").isEmpty()
                .jsonPath("$.warnings[?(@.code == 'ACTUAL_STAFF_EXCEEDS_AUTHORIZED')].field").exists()
                .jsonPath("$.warnings[0].message").exists()
                .jsonPath("$.warnings[?(@.code == 'TARGET_WEAKER_THAN_LAST_YEAR')]").doesNotExist();
    }

    @Test
    void validationComparesWithTheUnitsApprovedTargetsOfLastYear() {
        Seed lastYear = Seed.of("431203001", "衡阳市南岳区祝融街道办事处", 2019).filledIn()
                .areaTarget("≥10亩")
                .submitted(1).approved();
        Seed thisYear = Seed.of("431203001", "衡阳市南岳区祝融街道办事处", 2020).filledIn().revised();
        tenant.publish(lastYear.events());
        tenant.publish(thisYear.events());

        String body = new String(get("/api/v1/declarations/" + thisYear.id() + "/validation").expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
        assertThat(body).contains("TARGET_WEAKER_THAN_LAST_YEAR");
    }

    @Test
    void whileLastYearIsBeingAdjustedItsApprovedTargetsCount() {
        Seed lastYear = Seed.of("431203001", "衡阳市南岳区祝融街道办事处", 2019).filledIn().areaTarget("≥10亩")
                .submitted(1).approved().adjusting("调整用地指标").areaTarget("≥5亩");
        Seed thisYear = Seed.of("431203001", "衡阳市南岳区祝融街道办事处", 2020).filledIn().revised();
        tenant.publish(lastYear.events());
        tenant.publish(thisYear.events());

        get("/api/v1/declarations/" + thisYear.id() + "/validation").expectStatus().isOk().expectBody()
                .jsonPath("$.warnings[?(@.code == 'TARGET_WEAKER_THAN_LAST_YEAR')]").exists();
    }

    @Test
    void validationOfAnUnknownDeclarationIsNotFound() {
        get("/api/v1/declarations/nope/validation").expectStatus().isNotFound();
    }
}
