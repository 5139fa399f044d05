package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.QuerySideModule;
import cn.jixiao.query.audit.AuditModule;
import cn.jixiao.query.dashboard.DashboardChanges;
import cn.jixiao.query.form.FormReadModel;
import cn.jixiao.query.projection.ProjectionProgress;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.projection.ReadModelWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One tenant's declaration whose events cannot be projected (its form's write fails, or runs past the time limit) is
 * parked in that tenant's dead-letter queue: another tenant's edits, and the tenant's other declarations, are read
 * back as usual meanwhile; the operator sees the parked streams and, once the cause is gone, retries them.
 */
@ServiceTest
@Import(PoisonedStreamTest.PoisonedForms.class)
@TestPropertySource(properties = "jixiao.processing.write-time-limit=3s")
class PoisonedStreamTest {

    static final String UNIT = "430412005";
    static final String FORMS = FormReadModel.PROCESSING_GROUP;

    @Autowired
    WebTestClient client;

    @AfterEach
    void cure() {
        PoisonedForms.failing.clear();
        PoisonedForms.slow.clear();
    }

    @Test
    void aTenantsPoisonedStreamIsParkedWhileAnotherTenantsEditIsReadAndAnOperatorRetriesItOnceCured() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        String tenantA = Tenants.onboard(client, "poisoned");
        String tenantB = Tenants.onboard(client, "healthy");
        String filerA = Tokens.of(tenantA, "filer-a", UNIT, Role.FILER);
        String filerB = Tokens.of(tenantB, "filer-b", UNIT, Role.FILER);
        String failing = created(filerA, 2020);
        String slow = created(filerA, 2021);
        String other = created(filerA, 2022);
        String declarationB = created(filerB, 2020);
        // declaration ids are derived from unit and year: B's declaration has the same id as A's poisoned one
        assertThat(declarationB).isEqualTo(failing);
        PoisonedForms.failing.add(tenantA + "/" + failing);
        PoisonedForms.slow.add(tenantA + "/" + slow);

        notes(filerA, failing, "第一次修改");
        notes(filerA, slow, "第一次修改");
        notes(filerA, other, "第一次修改");
        notes(filerB, declarationB, "第一次修改");

        assertThat(form(filerB, declarationB, 2).get("notes")).isEqualTo("第一次修改");
        assertThat(form(filerA, other, 2).get("notes")).isEqualTo("第一次修改");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(parked(tenantA))
                .extracting(p -> p.get("sequence")).containsExactlyInAnyOrder(failing, slow));
        Map<String, Object> parkedFailing = parked(tenantA).stream()
                .filter(p -> p.get("sequence").equals(failing)).findFirst().orElseThrow();
        assertThat(parkedFailing).containsEntry("group", FORMS).containsEntry("count", 1)
                .containsEntry("causeType", IllegalStateException.class.getName());
        assertThat(parkedFailing.get("firstAttempt")).isNotNull();
        assertThat(parked(tenantA).stream().filter(p -> p.get("sequence").equals(slow)).findFirst().orElseThrow()
                .get("causeType").toString()).contains("Exceeded");
        assertThat(parked(tenantB)).isEmpty();

        // a later event of a parked declaration waits behind it, in order
        notes(filerA, failing, "第二次修改");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(parked(tenantA))
                .filteredOn(p -> p.get("sequence").equals(failing)).extracting(p -> p.get("count")).containsExactly(2));
        assertThat(form(filerA, failing, null).get("version")).isEqualTo(1);

        PoisonedForms.failing.clear();
        PoisonedForms.slow.clear();
        Map<String, Object> retried = client.post().uri("/api/v1/admin/tenants/{id}/dead-letters/retry", tenantA)
                .headers(h -> h.setBearerAuth(Tokens.operator())).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        assertThat(retried).containsEntry("retried", 2).containsEntry("stillParked", List.of());
        assertThat(form(filerA, failing, 3).get("notes")).isEqualTo("第二次修改");
        assertThat(form(filerA, slow, 2).get("notes")).isEqualTo("第一次修改");

        client.post().uri("/api/v1/admin/tenants/{id}/dead-letters/{group}/{sequence}/retry", tenantA, FORMS, failing)
                .headers(h -> h.setBearerAuth(Tokens.operator())).exchange().expectStatus().isNotFound()
                .expectBody(String.class).value(body -> assertThat(body).contains("没有暂存的事件流"));
        client.get().uri("/api/v1/admin/tenants/{id}/dead-letters", tenantA)
                .headers(h -> h.setBearerAuth(Tokens.of(tenantA, "filer-a", UNIT, Role.FILER))).exchange()
                .expectStatus().isForbidden();
    }

    private String created(String filer, int year) {
        return client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("year", year, "kind", "DEPARTMENT", "unit", Map.of("code", UNIT, "name", "南岳区某学校"),
                        "filingUnit", "南岳区某学校", "leader", "李四"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
    }

    private void notes(String filer, String id, String text) {
        client.put().uri("/api/v1/declarations/{id}/notes", id).headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("text", text)).exchange().expectStatus().isOk();
    }

    /** The form once it shows {@code version} (within the service's wait, retried for a loaded machine). */
    private Map<String, Object> form(String token, String id, Integer version) {
        String uri = version == null ? "/api/v1/declarations/" + id : "/api/v1/declarations/" + id + "?minVersion=" + version;
        return await().atMost(Duration.ofSeconds(60)).until(() -> client.get().uri(uri)
                .headers(h -> h.setBearerAuth(token)).exchange()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult(), 
                r -> r.getStatus().is2xxSuccessful()).getResponseBody();
    }

    private List<Map<String, Object>> parked(String tenant) {
        Map<String, Object> list = client.get().uri("/api/v1/admin/tenants/{id}/dead-letters", tenant)
                .headers(h -> h.setBearerAuth(Tokens.operator())).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) list.get("items");
        return items;
    }

    /**
     * The test's poison, in no production code path: the form projection of the declarations named here fails, or
     * outlasts the time limit, for as long as they are named.
     */
    @TestConfiguration
    static class PoisonedForms {

        static final Set<String> failing = ConcurrentHashMap.newKeySet();
        static final Set<String> slow = ConcurrentHashMap.newKeySet();

        @Bean
        @Primary
        QuerySideModule poisonedQuerySide(AuditModule audit, DashboardChanges changes, ProjectionProgress progress) {
            return new QuerySideModule(audit, changes, progress) {
                @Override
                public List<ReadModel> readModels() {
                    return super.readModels().stream()
                            .map(model -> model.processingGroup().equals(FORMS) ? poisoned(model) : model).toList();
                }
            };
        }

        private static ReadModel poisoned(ReadModel model) {
            return new ReadModel() {
                @Override
                public String processingGroup() {
                    return model.processingGroup();
                }

                @Override
                public ReadModelWriter writer(cn.jixiao.query.TenantContext ctx, cn.jixiao.query.rebuild.CollectionNames names) {
                    ReadModelWriter writer = model.writer(ctx, names);
                    return batch -> {
                        batch.forEach(event -> poison(ctx.tenant().value(), event));
                        writer.write(batch);
                    };
                }
            };
        }

        private static void poison(String tenant, EventMessage<?> event) {
            if (!(event instanceof DomainEventMessage<?> domain) || domain.getSequenceNumber() == 0) {
                return;
            }
            String key = tenant + "/" + domain.getAggregateIdentifier();
            if (failing.contains(key)) {
                throw new IllegalStateException("poisoned: " + domain.getAggregateIdentifier());
            }
            if (slow.contains(key)) {
                try {
                    Thread.sleep(Duration.ofMinutes(5).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
    }
}
