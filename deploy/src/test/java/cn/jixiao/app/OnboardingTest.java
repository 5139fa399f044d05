package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A bureau onboarded while the service runs is served at once, here or by another instance sharing the registry. */
@ServiceTest
class OnboardingTest {

    @Autowired
    WebTestClient client;
    @Autowired
    TenantRegistry registry;

    @Test
    void aTenantRegisteredByAnotherInstanceIsServedHereOnItsFirstRequest() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        String tenant = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        registry.register(TenantId.of(tenant), "另一实例开通的财政局", "湖南省");
        String filer = Tokens.of(tenant, "filer", "430412005", Role.FILER);
        String id = client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("year", 2021, "kind", "DEPARTMENT", "unit", Map.of("code", "430412005", "name", "南岳区某局"),
                        "filingUnit", "南岳区某局", "leader", "王五"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
        client.get().uri("/api/v1/declarations/{id}?minVersion=1", id).headers(h -> h.setBearerAuth(filer)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.edition").isEqualTo("2021");
    }

    @Test
    void anOnboardedTenantIdMustBeNewAndWellFormed() {
        String tenant = Tenants.onboard(client, "twice");
        client.post().uri("/api/v1/admin/tenants").headers(h -> h.setBearerAuth(Tokens.operator()))
                .bodyValue(Map.of("id", tenant, "name", "重复", "region", "湖南省")).exchange()
                .expectStatus().isEqualTo(409);
        client.post().uri("/api/v1/admin/tenants").headers(h -> h.setBearerAuth(Tokens.operator()))
                .bodyValue(Map.of("id", "Bad Id!", "name", "格式错误")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("id");
    }
}
