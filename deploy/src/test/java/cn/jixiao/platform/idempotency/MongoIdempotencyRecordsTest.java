package cn.jixiao.platform.idempotency;

import cn.jixiao.command.idempotency.IdempotencyRecord;
import cn.jixiao.command.idempotency.StoredResponse;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.kernel.testing.InMemoryMongo;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MongoIdempotencyRecordsTest {

    private static final TenantId TENANT = TenantId.of("nanyue");
    private static final Instant AT = Instant.parse("2020-03-01T08:00:00Z");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoDatabase database = mongo.database(TENANT);
    private final MongoIdempotencyRecords records = new MongoIdempotencyRecords(tenant -> database);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void keepsTheFirstResponseWithItsStatusHeadersAndBody() {
        records.claim(TENANT, "u-kuang:k-1", "hash", AT);
        records.complete(TENANT, "u-kuang:k-1", new StoredResponse(201, Map.of("Location", "/api/v1/declarations/d-1"),
                Map.of("run", 1)));

        Document stored = database.getCollection(MongoIdempotencyRecords.COLLECTION).find(new Document("_id", "u-kuang:k-1")).first();
        assertThat(stored.getInteger("status")).isEqualTo(201);
        assertThat(stored.get("headers", Document.class)).containsEntry("Location", "/api/v1/declarations/d-1");
        assertThat(stored.get("body", Document.class)).containsEntry("run", 1);
        IdempotencyRecord record = records.find(TENANT, "u-kuang:k-1").orElseThrow();
        assertThat(record.requestHash()).isEqualTo("hash");
        assertThat(record.createdAt()).isEqualTo(AT);
        assertThat(record.response().headers()).containsEntry("Location", "/api/v1/declarations/d-1");
    }

    @Test
    void aClaimedKeyIsPendingUntilItsResponseIsKept() {
        records.claim(TENANT, "u-kuang:k-1", "hash", AT);

        assertThat(records.find(TENANT, "u-kuang:k-1")).hasValueSatisfying(record -> assertThat(record.pending()).isTrue());
    }

    @Test
    void ofManyRacingClaimsExactlyOneWins() {
        List<CompletableFuture<Boolean>> claims = IntStream.range(0, 16)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> records.claim(TENANT, "u-kuang:race", "h" + i, AT)))
                .toList();

        assertThat(claims.stream().map(CompletableFuture::join).filter(won -> won)).hasSize(1);
    }

    /**
     * The embedded server builds an index without the collection's lock: an insert that iterates its indexes
     * meanwhile fails with a {@code ConcurrentModificationException} ("Unknown error: null"), as a CI run saw.
     */
    @Test
    void theFirstClaimsOfATenantWaitUntilItsIndexesAreBuilt() {
        List<String> sent = new CopyOnWriteArrayList<>();
        try (InMemoryMongo recorded = new InMemoryMongo(settings -> settings.addCommandListener(new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                sent.add(event.getCommandName());
            }

            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                sent.add(event.getCommandName() + " done");
            }
        }))) {
            MongoDatabase tenantDatabase = recorded.database(TENANT);
            MongoIdempotencyRecords racing = new MongoIdempotencyRecords(tenant -> tenantDatabase);

            IntStream.range(0, 16).mapToObj(i -> CompletableFuture.runAsync(() -> racing.claim(TENANT, "u-kuang:k-" + i, "h", AT)))
                    .toList().forEach(CompletableFuture::join);

            assertThat(sent.subList(0, sent.lastIndexOf("createIndexes done"))).doesNotContain("insert");
            assertThat(sent).filteredOn("insert done"::equals).hasSize(16);
        }
    }

    @Test
    void forgettingAnExpiredRecordNeverRemovesANewerClaim() {
        records.claim(TENANT, "u-kuang:k-1", "old", AT);
        records.release(TENANT, "u-kuang:k-1");
        records.claim(TENANT, "u-kuang:k-1", "new", AT.plusSeconds(90_000));

        records.forget(TENANT, "u-kuang:k-1", AT);

        assertThat(records.find(TENANT, "u-kuang:k-1")).hasValueSatisfying(r -> assertThat(r.requestHash()).isEqualTo("new"));
        records.forget(TENANT, "u-kuang:k-1", AT.plusSeconds(90_000));
        assertThat(records.find(TENANT, "u-kuang:k-1")).isEmpty();
    }
}
