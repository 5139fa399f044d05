package cn.jixiao.app.keys;

import cn.jixiao.app.ServiceTest;
import cn.jixiao.app.Tokens;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantDatabases;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the service asks of the database while a command runs and its events are projected: every filter on the
 * event store, the tracking tokens and the audit log must be served by a unique key (see {@link KeyServedFilters}),
 * so neither grows with the tenant.
 */
@ServiceTest
@Import(RecordedMongoCommands.class)
class HotPathKeysTest {

    /** The event store's and the token store's collections. */
    static final Set<String> STORE = Set.of("domainevents", "snapshotevents", "eventsequence", "trackingtokens");
    /** The audit log's. */
    static final Set<String> AUDIT = Set.of("audit_leaves", "audit_nodes", "audit_tree_heads", "audit_state");
    /** The projections' dead-letter queues: while empty, not asked at all once the segments are claimed. */
    static final Set<String> DEAD_LETTERS = Set.of("dead_letter_sequences", "dead_letters");
    static final String UNIT = "430412001";
    /** The tenant's processing groups, and the segments of each (jixiao.processing.segments). */
    static final int GROUPS = 7;
    static final int SEGMENTS = 2;

    @Autowired
    WebTestClient client;
    @Autowired
    RecordedMongoCommands commands;

    @Test
    void aCommandAndTheProjectionOfItsEventsReadTheStoreOnlyByKeys() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        String tenant = onboard();
        String filer = Tokens.of(tenant, "filer", UNIT, Role.FILER);
        MongoDatabase database = commands.unrecorded().getDatabase(TenantDatabases.databaseName(TenantId.of(tenant)));
        awaitProcessorsAt(database, -1); // started, segments claimed: start-up is not a hot path

        commands.start();
        String location = importSeed(filer);
        client.post().uri(location + "/submit").headers(h -> h.setBearerAuth(filer)).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"54\"");
        awaitProcessorsAt(database, 54);
        List<RecordedMongoCommands.Recorded> recorded = commands.stop();

        KeyServedFilters filters = new KeyServedFilters(commands.unrecorded());
        assertThat(recorded).isNotEmpty();
        assertThat(filters.scans(recorded, STORE::contains)).isEmpty();
        assertThat(filters.scans(recorded, AUDIT::contains)).isEmpty();
        // an empty dead-letter queue is counted once per segment when it first sees an event, never asked per event
        List<RecordedMongoCommands.Recorded> deadLetters = recorded.stream()
                .filter(r -> DEAD_LETTERS.contains(r.command().getString(r.name(), new org.bson.BsonString("")).getValue()))
                .toList();
        assertThat(deadLetters).allMatch(r -> r.name().equals("aggregate")).hasSizeLessThanOrEqualTo(GROUPS * SEGMENTS);
    }

    private String onboard() {
        String id = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        client.post().uri("/api/v1/admin/tenants")
                .headers(h -> h.setBearerAuth(Tokens.operator()))
                .bodyValue(Map.of("id", id, "name", "测试财政局 " + id, "region", "湖南省"))
                .exchange().expectStatus().isEqualTo(HttpStatus.CREATED);
        return id;
    }

    private String importSeed(String filer) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ClassPathResource("fixtures/zhurong-2020-declaration.xlsx"));
        return client.post().uri("/api/v1/imports").headers(h -> h.setBearerAuth(filer))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange()
                .expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
    }

    /**
     * Until each of the four processors has claimed its segments and, if {@code index} is given, one of them has
     * stored a token at or past it: a declaration's events are all handled by one segment, and a segment with
     * nothing to handle stores its advanced token only at its next claim interval.
     */
    private static void awaitProcessorsAt(MongoDatabase database, long index) {
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            List<Document> processors = database.getCollection("trackingtokens")
                    .find(new Document("segment", -1)).into(new java.util.ArrayList<>());
            long ready = processors.stream()
                    .filter(processor -> !processor.getString("processorName").startsWith("__"))
                    .filter(processor -> processor.getList("segments", Document.class).stream()
                            .allMatch(segment -> segment.getString("owner") != null))
                    .filter(processor -> index < 0 || processor.getList("segments", Document.class).stream()
                            .anyMatch(segment -> positionOf(segment.getString("token")) >= index))
                    .count();
            return ready >= 4;
        });
    }

    private static long positionOf(String token) {
        if (token == null) {
            return -1;
        }
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("\"index\"\\s*:\\s*(\\d+)").matcher(token);
        return index.find() ? Long.parseLong(index.group(1)) : -1;
    }
}
