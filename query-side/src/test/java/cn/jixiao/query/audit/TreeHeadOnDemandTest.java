package cn.jixiao.query.audit;

import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor asking for the tree head gets the tree as it stands, without waiting for the timer's next head. */
class TreeHeadOnDemandTest {

    private final AuditFixture tenant = new AuditFixture();
    private final WebTestClient web = Api.client(new AuditController(tenant.contexts(), tenant.module()));

    @AfterEach
    void close() {
        tenant.close();
    }

    private SignedTreeHead head() {
        return web.get().uri("/api/v1/audit/tree-head").header(Api.ROLES, "AUDITOR").exchange()
                .expectStatus().isOk().expectBody(SignedTreeHead.class).returnResult().getResponseBody();
    }

    @Test
    void aTenantWithoutEventsHasNoHeadYet() {
        web.get().uri("/api/v1/audit/tree-head").header(Api.ROLES, "AUDITOR").exchange().expectStatus().isNotFound();
    }

    @Test
    void aHeadIsSignedOnDemandAsSoonAsTheTenantHasAnEvent() {
        tenant.append(Seed.zhurong().events().subList(0, 1));
        tenant.project();

        SignedTreeHead head = head();

        assertThat(head.size()).isEqualTo(1);
        assertThat(tenant.log().head(1)).contains(head);
    }

    @Test
    void aHeadBehindTheLogIsSignedAgainAtMostOncePerInterval() {
        Seed seed = Seed.zhurong();
        tenant.append(seed.events().subList(0, 3));
        tenant.project();
        assertThat(head().size()).isEqualTo(3);

        tenant.append(seed.events().subList(3, 6));
        tenant.project();
        assertThat(head().size()).as("signed moments ago: the latest head stays").isEqualTo(3);

        tenant.clock.advance(AuditModule.ON_DEMAND_EVERY.plus(Duration.ofMillis(1)));
        assertThat(head().size()).isEqualTo(6);
        assertThat(head().size()).as("up to date: nothing to sign").isEqualTo(6);
    }
}
