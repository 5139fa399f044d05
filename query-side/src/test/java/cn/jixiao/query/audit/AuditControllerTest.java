package cn.jixiao.query.audit;

import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.Seed;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditControllerTest {

    private final AuditFixture tenant = new AuditFixture();
    private final WebTestClient web = Api.client(new AuditController(tenant.contexts(), tenant.module()));
    private List<TrackedEventMessage<?>> stored;

    @BeforeEach
    void projectedAndSigned() {
        tenant.append(Seed.zhurong().returned("预算与目标不符").events());
        tenant.project();
        tenant.heads.sign(tenant.log());
        stored = tenant.stored();
    }

    @AfterEach
    void close() {
        tenant.close();
    }

    private WebTestClient.RequestHeadersSpec<?> get(String uri, String roles) {
        return web.get().uri(uri).header(Api.ROLES, roles);
    }

    @Test
    void anAuditorReadsTheLatestSignedTreeHead() {
        SignedTreeHead head = get("/api/v1/audit/tree-head", "AUDITOR").exchange()
                .expectStatus().isOk().expectBody(SignedTreeHead.class).returnResult().getResponseBody();
        assertThat(head.size()).isEqualTo(10);
        assertThat(head.rootHash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(head.keyId()).isEqualTo("test-key");
        assertThat(head.publicKey()).isEqualTo(tenant.keys.publicKeyBase64());
        assertThat(head.tenant()).isEqualTo("nanyue");
    }

    @Test
    void aHeadIsFoundBySizeOnlyWhereOneWasSigned() {
        get("/api/v1/audit/tree-head?size=10", "AUDITOR").exchange().expectStatus().isOk().expectBody().jsonPath("$.size").isEqualTo(10);
        get("/api/v1/audit/tree-head?size=7", "AUDITOR").exchange().expectStatus().isNotFound();
    }

    @Test
    void onlyAuditorsSeeTheAuditLog() {
        for (String roles : List.of("BUSINESS_REVIEWER", "PERFORMANCE_REVIEWER", "TENANT_ADMIN", "VIEWER", "FILER", "PLATFORM_OPERATOR")) {
            get("/api/v1/audit/tree-head", roles).exchange().expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        web.post().uri("/api/v1/audit/verification").header(Api.ROLES, "TENANT_ADMIN").exchange().expectStatus().isForbidden();
    }

    @Test
    void anInclusionProofNamesTheLeafAndItsPath() {
        String eventId = stored.get(3).getIdentifier();
        get("/api/v1/audit/proofs/inclusion?eventId=" + eventId + "&treeSize=10", "AUDITOR").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.eventId").isEqualTo(eventId)
                .jsonPath("$.leafIndex").isEqualTo(3)
                .jsonPath("$.treeSize").isEqualTo(10)
                .jsonPath("$.leafHash").isEqualTo(java.util.HexFormat.of().formatHex(AuditEntry.of(stored.get(3)).leafHash()))
                .jsonPath("$.path.length()").isEqualTo(4);
    }

    @Test
    void anUnknownEventIsNotFound() {
        get("/api/v1/audit/proofs/inclusion?eventId=nope&treeSize=10", "AUDITOR").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void badSizesAreRejectedWithTheFieldNamed() {
        String eventId = stored.get(9).getIdentifier();
        get("/api/v1/audit/proofs/inclusion?eventId=" + eventId + "&treeSize=5", "AUDITOR").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].field").isEqualTo("treeSize");
        get("/api/v1/audit/proofs/inclusion?eventId=" + eventId + "&treeSize=11", "AUDITOR").exchange()
                .expectStatus().isBadRequest();
        get("/api/v1/audit/proofs/inclusion?treeSize=10", "AUDITOR").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].field").isEqualTo("eventId");
        get("/api/v1/audit/proofs/consistency?from=0&to=10", "AUDITOR").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].field").isEqualTo("from");
        get("/api/v1/audit/proofs/consistency?from=8&to=7", "AUDITOR").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].field").isEqualTo("to");
        get("/api/v1/audit/proofs/consistency?from=abc&to=7", "AUDITOR").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aConsistencyProofLeadsFromTheOlderTreeToTheNewer() {
        get("/api/v1/audit/proofs/consistency?from=6&to=10", "AUDITOR").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.from").isEqualTo(6)
                .jsonPath("$.to").isEqualTo(10)
                .jsonPath("$.path").isArray();
    }

    @Test
    void theVerificationReportsTheFirstEventThatDiffers() {
        web.post().uri("/api/v1/audit/verification").header(Api.ROLES, "AUDITOR").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.verified").isEqualTo(true)
                .jsonPath("$.eventsChecked").isEqualTo(10)
                .jsonPath("$.treeHead.rootMatches").isEqualTo(true);

        TrackedEventMessage<?> victim = stored.get(2);
        tenant.engine.tamper(TamperableStorageEngine.replaceMetaData(victim.getIdentifier(),
                victim.getMetaData().and("actorId", "someone-else")));

        web.post().uri("/api/v1/audit/verification").header(Api.ROLES, "AUDITOR").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.verified").isEqualTo(false)
                .jsonPath("$.firstMismatch.eventId").isEqualTo(victim.getIdentifier())
                .jsonPath("$.firstMismatch.leafIndex").isEqualTo(2)
                .jsonPath("$.firstMismatch.sequenceNumber").isEqualTo(2)
                .jsonPath("$.firstMismatch.aggregateId").isEqualTo(Seed.zhurong().id().value());
    }
}
