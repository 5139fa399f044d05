package cn.jixiao.query.rebuild;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.form.FormReadModel;
import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.Seed;
import cn.jixiao.query.support.TestTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

class RebuildApiTest {

    private final TestTenant tenant = new TestTenant();
    private final List<Runnable> queued = new ArrayList<>();
    private final WebTestClient api = Api.client(new RebuildController(tenant.contexts(),
            new ProjectionRebuilder(List.of(new FormReadModel()), queued::add, ProjectionRebuilderTest.FAST)));

    @AfterEach
    void close() {
        tenant.close();
    }

    @Test
    void aTenantAdminStartsARebuildAndFollowsIt() {
        tenant.publish(Seed.zhurong().events());
        api.get().uri("/api/v1/admin/projections/rebuild").headers(Api.as(Role.TENANT_ADMIN)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("IDLE");

        api.post().uri("/api/v1/admin/projections/rebuild").headers(Api.as(Role.TENANT_ADMIN)).exchange()
                .expectStatus().isAccepted().expectBody().jsonPath("$.state").isEqualTo("COUNTING")
                .jsonPath("$.startedAt").exists();
        api.post().uri("/api/v1/admin/projections/rebuild").headers(Api.as(Role.TENANT_ADMIN)).exchange()
                .expectStatus().isEqualTo(409);

        queued.forEach(Runnable::run);
        api.get().uri("/api/v1/admin/projections/rebuild").headers(Api.as(Role.TENANT_ADMIN)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("DONE")
                .jsonPath("$.eventsDone").isEqualTo(9)
                .jsonPath("$.eventsTotal").isEqualTo(9)
                .jsonPath("$.finishedAt").exists();
    }

    @Test
    void onlyATenantAdminMayRebuild() {
        for (Role role : new Role[]{Role.VIEWER, Role.AUDITOR, Role.FILER, Role.PLATFORM_OPERATOR}) {
            api.post().uri("/api/v1/admin/projections/rebuild").headers(Api.as(role)).exchange().expectStatus().isForbidden();
            api.get().uri("/api/v1/admin/projections/rebuild").headers(Api.as(role)).exchange().expectStatus().isForbidden();
        }
    }
}
