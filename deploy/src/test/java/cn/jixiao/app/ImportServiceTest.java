package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantDatabases;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploading the official form to the real service: accepted as the filer's import, refused clearly otherwise. */
@ServiceTest
class ImportServiceTest {

    static final String UNIT = "430412001";

    @Autowired
    WebTestClient client;

    @Autowired
    MongoClient mongo;

    String tenant;
    String filer;
    String auditor;

    @BeforeEach
    void onboard() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        tenant = Tenants.onboard(client, "imports");
        filer = Tokens.of(tenant, "filer", UNIT, Role.FILER);
        auditor = Tokens.of(tenant, "auditor", null, Role.AUDITOR);
    }

    @Test
    void theSeedSpreadsheetBecomesADeclarationWhoseHistoryNamesTheFileAndThatCanBeSubmitted() {
        String location = upload(new ClassPathResource("fixtures/zhurong-2020-declaration.xlsx"))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"53\"")
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        client.get().uri(location + "/history").headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.events.length()").isEqualTo(53)
                .jsonPath("$.events[0].importFile").isEqualTo("zhurong-2020-declaration.xlsx")
                .jsonPath("$.events[52].importSha256").isNotEmpty();
        // 53 events passed the snapshot threshold: the aggregate now loads from its snapshot.
        assertThat(mongo.getDatabase(TenantDatabases.databaseName(TenantId.of(tenant)))
                .getCollection("snapshotevents").countDocuments()).isEqualTo(1);
        client.post().uri(location + "/submit").headers(h -> h.setBearerAuth(filer)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"54\"");
        client.get().uri(location + "/revisions/1?minVersion=54").headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.warnings.length()").isEqualTo(6);
    }

    @Test
    void aRepeatedImportWithTheSameIdempotencyKeyReturnsTheFirstResultAndAppendsNothing() {
        ClassPathResource seed = new ClassPathResource("fixtures/zhurong-2020-declaration.xlsx");
        String first = upload(seed, "import-2020").expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        String again = upload(seed, "import-2020").expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"53\"")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(again).isEqualTo(first);
        upload(seed).expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aFileLargerThanTheLimitIs413() {
        upload(named(new byte[6 * 1024 * 1024], "huge.xlsx"))
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anEmptyFileIs400AndLeavesNothing() {
        upload(named(new byte[0], "empty.docx")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    private WebTestClient.ResponseSpec upload(org.springframework.core.io.Resource file) {
        return upload(file, null);
    }

    private WebTestClient.ResponseSpec upload(org.springframework.core.io.Resource file, String idempotencyKey) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", file);
        return client.post().uri("/api/v1/imports").headers(h -> h.setBearerAuth(filer))
                .headers(h -> {
                    if (idempotencyKey != null) {
                        h.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange();
    }

    private static ByteArrayResource named(byte[] content, String name) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
