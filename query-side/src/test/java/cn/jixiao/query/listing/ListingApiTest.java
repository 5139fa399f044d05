package cn.jixiao.query.listing;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.form.FormReads;
import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.Seed;
import cn.jixiao.query.support.TestTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

class ListingApiTest {

    private final TestTenant tenant = new TestTenant();
    private final WebTestClient api = Api.client(new ListingController(new FormReads(tenant.contexts(), tenant.progress(), Duration.ofMillis(300))));

    /** Four declarations, each edited a day after the previous one. */
    private final Seed zhurong2019 = Seed.of("431203001", "衡阳市南岳区祝融街道办事处", 2019).filledIn().submitted(1).approved()
            .startingAt(Instant.parse("2020-01-01T08:00:00Z"));
    private final Seed zhurong2020 = Seed.zhurong().startingAt(Instant.parse("2020-01-02T08:00:00Z"));
    private final Seed school2020 = Seed.of("431203002", "南岳区第一中学", 2020).filledIn()
            .startingAt(Instant.parse("2020-01-03T08:00:00Z"));
    private final Seed bureau2020 = Seed.of("431203003", "南岳区财政局", 2020).filledIn().submitted(1).passed()
            .startingAt(Instant.parse("2020-01-04T08:00:00Z"));

    @BeforeEach
    void declarations() {
        tenant.publish(zhurong2019.events());
        tenant.publish(zhurong2020.events());
        tenant.publish(school2020.events());
        tenant.publish(bureau2020.events());
    }

    @AfterEach
    void close() {
        tenant.close();
    }

    private WebTestClient.BodyContentSpec list(String query, Consumer<HttpHeaders> actor) {
        return api.get().uri("/api/v1/declarations" + query).headers(actor).exchange().expectStatus().isOk().expectBody();
    }

    private WebTestClient.BodyContentSpec list(String query) {
        return list(query, Api.as(Role.VIEWER));
    }

    @Test
    void listsTheMostRecentlyUpdatedFirstByDefault() {
        list("").jsonPath("$.total").isEqualTo(4).jsonPath("$.page").isEqualTo(0).jsonPath("$.size").isEqualTo(20)
                .jsonPath("$.items[0].id").isEqualTo(bureau2020.id().value())
                .jsonPath("$.items[3].id").isEqualTo(zhurong2019.id().value())
                .jsonPath("$.items[0].status").isEqualTo("BUSINESS_REVIEWED")
                .jsonPath("$.items[0].unit.name").isEqualTo("南岳区财政局")
                .jsonPath("$.items[0].version").isEqualTo(10)
                .jsonPath("$.items[0].updatedAt").exists()
                .jsonPath("$.items[0].goals").doesNotExist();
    }

    @Test
    void filtersByYearStatusAndUnit() {
        list("?year=2020").jsonPath("$.total").isEqualTo(3);
        list("?year=2020&status=DRAFT").jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(school2020.id().value());
        list("?unit=431203001").jsonPath("$.total").isEqualTo(2);
        list("?unit=431203001&status=APPROVED").jsonPath("$.items[0].year").isEqualTo(2019);
    }

    @Test
    void searchesUnitNamesCaseInsensitivelyAndLiterally() {
        list("?q=祝融").jsonPath("$.total").isEqualTo(2);
        list("?q=中学").jsonPath("$.items[0].id").isEqualTo(school2020.id().value());
        list("?q=.*").jsonPath("$.total").isEqualTo(0);
        list("?q=(").jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void pagesAndSortsStably() {
        list("?page=1&size=3&sort=updatedAt,asc").jsonPath("$.total").isEqualTo(4)
                .jsonPath("$.page").isEqualTo(1).jsonPath("$.size").isEqualTo(3)
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(bureau2020.id().value());
        list("?sort=year,asc&size=1").jsonPath("$.items[0].year").isEqualTo(2019);
        list("?sort=unitName,desc&size=1").jsonPath("$.items[0].unit.name").isEqualTo("衡阳市南岳区祝融街道办事处");
    }

    @Test
    void refusesBadPagingAndSorting() {
        api.get().uri("/api/v1/declarations?size=0&sort=secret,desc").headers(Api.as(Role.VIEWER)).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.violations[?(@.field == 'size')].code").isEqualTo("SIZE_INVALID")
                .jsonPath("$.violations[?(@.field == 'sort')].code").isEqualTo("SORT_FIELD_INVALID");
        for (String query : new String[]{"?size=101", "?page=-1", "?sort=year,sideways", "?status=LOST", "?queue=yours", "?year=soon"}) {
            api.get().uri("/api/v1/declarations" + query).headers(Api.as(Role.VIEWER)).exchange().expectStatus().isBadRequest();
        }
    }

    @Test
    void aFilerListsOnlyItsOwnUnit() {
        list("", Api.asFiler("431203002")).jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(school2020.id().value());
        api.get().uri("/api/v1/declarations?unit=431203001").headers(Api.asFiler("431203002")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void thePlatformOperatorListsNothing() {
        api.get().uri("/api/v1/declarations").headers(Api.as(Role.PLATFORM_OPERATOR)).exchange().expectStatus().isForbidden();
    }

    @Test
    void aReviewersQueueHoldsWhatWaitsForTheirSection() {
        list("?queue=mine", Api.as(Role.BUSINESS_REVIEWER)).jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(zhurong2020.id().value());
        list("?queue=mine", Api.as(Role.PERFORMANCE_REVIEWER)).jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(bureau2020.id().value());
        list("?queue=mine&status=APPROVED", Api.as(Role.PERFORMANCE_REVIEWER)).jsonPath("$.total").isEqualTo(0);
        api.get().uri("/api/v1/declarations?queue=mine").headers(Api.as(Role.VIEWER)).exchange().expectStatus().isBadRequest();
    }

    @Test
    void aListCanWaitForTheDeclarationJustWritten() {
        Seed created = Seed.of("431203004", "南岳区卫生健康局", 2020).startingAt(Instant.parse("2020-01-05T08:00:00Z"));
        api.get().uri("/api/v1/declarations?declaration=" + created.id() + "&minVersion=1").headers(Api.as(Role.VIEWER))
                .exchange().expectStatus().isEqualTo(503).expectHeader().valueEquals("Retry-After", "1");

        tenant.publish(created.events());

        list("?declaration=" + created.id() + "&minVersion=1").jsonPath("$.total").isEqualTo(5)
                .jsonPath("$.items[0].id").isEqualTo(created.id().value());
        api.get().uri("/api/v1/declarations?minVersion=1").headers(Api.as(Role.VIEWER)).exchange().expectStatus().isBadRequest();
    }
}
