package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantDatabases;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Someone with direct access to MongoDB alters one stored event; the auditor's verification names exactly that
 * event. Runs on the real event store of the service, not on a test double.
 */
@ServiceTest
class TamperEvidenceTest {

    static final String UNIT = "430412009";

    @Autowired
    WebTestClient client;
    @Autowired
    MongoClient mongo;

    String tenant;
    String auditor;
    MongoCollection<Document> events;

    @BeforeEach
    void aTenantWithAFewEventsInItsAuditLog() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        tenant = Tenants.onboard(client, "tamper");
        auditor = Tokens.of(tenant, "auditor", null, Role.AUDITOR);
        events = mongo.getDatabase(TenantDatabases.databaseName(TenantId.of(tenant))).getCollection("domainevents");
        String filer = Tokens.of(tenant, "filer", UNIT, Role.FILER);
        String id = client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("year", 2021, "kind", "DEPARTMENT", "unit", Map.of("code", UNIT, "name", "南岳区某单位"),
                        "filingUnit", "南岳区某单位", "leader", "张三"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
        for (String text : new String[]{"一、职能", "二、职能", "三、职能"}) {
            client.put().uri("/api/v1/declarations/{id}/functions", id).headers(h -> h.setBearerAuth(filer))
                    .bodyValue(Map.of("text", text)).exchange().expectStatus().isOk();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> verify()
                .jsonPath("$.verified").isEqualTo(true)
                .jsonPath("$.leavesChecked").isEqualTo(4));
    }

    @Test
    void verificationNamesTheEventWhosePayloadWasEdited() {
        Document third = eventAt(2);
        events.updateOne(Filters.eq("_id", third.get("_id")),
                Updates.set("payload", third.getString("payload").replace("二、职能", "二、被改过的职能")));
        verify().jsonPath("$.verified").isEqualTo(false)
                .jsonPath("$.firstMismatch.eventId").isEqualTo(third.getString("eventIdentifier"));
    }

    @Test
    void verificationNamesTheEventWhoseMetadataWasEdited() {
        Document second = eventAt(1);
        events.updateOne(Filters.eq("_id", second.get("_id")),
                Updates.set("metaData", second.getString("metaData").replace("\"filer\"", "\"someone-else\"")));
        verify().jsonPath("$.verified").isEqualTo(false)
                .jsonPath("$.firstMismatch.eventId").isEqualTo(second.getString("eventIdentifier"));
    }

    private Document eventAt(long sequenceNumber) {
        return events.find(Filters.eq("sequenceNumber", sequenceNumber)).first();
    }

    private WebTestClient.BodyContentSpec verify() {
        return client.post().uri("/api/v1/audit/verification").headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk().expectBody();
    }
}
