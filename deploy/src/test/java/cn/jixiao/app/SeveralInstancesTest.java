package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantDatabases;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two pods on one replica set, as this machine can have them: a process D on the embedded default serves as the
 * shared MongoDB (it listens on loopback), instances A and B run with {@code jixiao.mongodb.uri} set to it. A
 * command on one is readable on the other; each tenant processor's two segments are spread over A and B; A is
 * killed ({@code kill -9}) in the middle of a bounded edit load through both, and B takes its segments over. Then
 * every acknowledged edit is in the store exactly once, the read models match the events, the audit log verifies,
 * and both instances signed with one key. Last, A comes back, B stops gracefully and releases its claims at once.
 * <p>
 * A short claim timeout makes takeover quick; the assertions wait for outcomes with generous limits.
 */
class SeveralInstancesTest {

    static final Duration START = Duration.ofMinutes(3);
    static final Duration OUTCOME = Duration.ofMinutes(2);
    static final int WRITERS = 4;
    static final int EDITS_PER_WRITER = 24;
    static final int KILL_AFTER_ACKS = 24;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] SHARED_DATABASE_INSTANCE = {
            "--jixiao.processing.claim-timeout=6s",
            "--jixiao.processing.segments=2", "--jixiao.audit.head-every-events=25"};

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String tenant = "multi-" + Long.toHexString(System.nanoTime());
    final List<String> declarations = new ArrayList<>();
    final Queue<Ack> acks = new ConcurrentLinkedQueue<>();

    record Ack(String declaration, long version, String text) {
    }

    @Test
    void twoInstancesShareATenantsProcessorsAndTheSurvivorTakesOverWithNothingLost() throws Exception {
        try (ChildService d = ChildService.start(dir.resolve("d"), dir.resolve("d.log"), START);
             MongoClient mongo = MongoClients.create(d.mongoUri())) {
            MongoDatabase store = mongo.getDatabase(TenantDatabases.databaseName(TenantId.of(tenant)));
            CompletableFuture<ChildService> startingB = CompletableFuture.supplyAsync(() -> instance(d, "b"));
            ChildService a = instance(d, "a");
            long killed;
            try (ChildService b = startingB.join()) {
                try (a) {
                    onboardThroughBoth(a, b);
                    assertThat(publicKeyOfHead(a)).as("tree heads of A and B are signed with one key").isEqualTo(publicKeyOfHead(b));
                    awaitOwners(store, "each processor's segments spread over A and B", owners -> owners.size() == 2
                            && owners.stream().anyMatch(owner -> ownedBy(owner, a)) && owners.stream().anyMatch(owner -> ownedBy(owner, b)));
                    killed = loadThroughBothAndKill(a, b);
                }
                awaitOwners(store, "every segment taken over by B", owners -> owners.stream().allMatch(owner -> ownedBy(owner, b)));
                System.out.printf("SEVERAL INSTANCES B held every segment %d ms after A was killed (claim timeout 6 s)%n", millisSince(killed));
                verifyNothingLost(b, store);
                try (ChildService again = instance(d, "a")) {
                    awaitProjected(again, store); // a tenant starts on an instance at its first request there
                    awaitOwners(store, "segments spread again once A is back", owners -> owners.size() == 2
                            && owners.stream().anyMatch(owner -> ownedBy(owner, again)));
                    b.stop(START);
                    long stopped = System.nanoTime();
                    assertThat(owners(store).values()).as("B released its claims as it stopped")
                            .allSatisfy(owners -> assertThat(owners).noneMatch(owner -> ownedBy(owner, b)));
                    awaitOwners(store, "every segment with the remaining instance", owners -> owners.stream().allMatch(owner -> ownedBy(owner, again)));
                    System.out.printf("SEVERAL INSTANCES A held every segment %d ms after B stopped gracefully%n", millisSince(stopped));
                    List<String> failed = new ArrayList<>();
                    edit(again, 0, EDITS_PER_WRITER, failed::add);
                    assertThat(failed).isEmpty();
                    awaitProjected(again, store);
                }
            }
        }
        System.out.printf("SEVERAL INSTANCES %d edits acknowledged through A and B, A killed, 0 lost%n", acks.size());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private ChildService instance(ChildService database, String name) {
        return ChildService.start(database.mongoUri(), dir.resolve(name), dir.resolve(name + ".log"), START, SHARED_DATABASE_INSTANCE);
    }

    /** The tenant onboarded on A; each writer's declaration created on A or B and read on the other. */
    private void onboardThroughBoth(ChildService a, ChildService b) {
        send(a, "POST", "/api/v1/admin/tenants", Tokens.operator(), Map.of("id", tenant, "name", "多实例财政局", "region", "湖南省"), 201);
        for (int w = 0; w < WRITERS; w++) {
            ChildService on = w % 2 == 0 ? a : b;
            ChildService other = on == a ? b : a;
            Map<?, ?> created = send(on, "POST", "/api/v1/declarations", filer(w), Map.of("year", 2021, "kind", "DEPARTMENT",
                    "unit", Map.of("code", unit(w), "name", "单位" + unit(w)), "filingUnit", "单位" + unit(w), "leader", "张三"), 201);
            String id = created.get("id").toString();
            declarations.add(id);
            await().atMost(OUTCOME).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(send(other, "GET", "/api/v1/declarations/" + id, viewer(), null, 200).get("version")).isEqualTo(1));
        }
    }

    private String publicKeyOfHead(ChildService instance) {
        Map<?, ?>[] head = new Map<?, ?>[1];
        await().atMost(OUTCOME).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                head[0] = send(instance, "GET", "/api/v1/audit/tree-head", auditor(), null, 200));
        return head[0].get("publicKey").toString();
    }

    /**
     * Writers edit their declaration through A and B in turn, each a bounded number of times; A is killed once
     * {@link #KILL_AFTER_ACKS} edits were acknowledged, with edits in flight, and the writers go on through B.
     * Returns when A was killed ({@link System#nanoTime()}).
     */
    private long loadThroughBothAndKill(ChildService a, ChildService b) throws InterruptedException {
        AtomicBoolean aKilled = new AtomicBoolean();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; i < EDITS_PER_WRITER; i++) {
                    ChildService on = i % 2 == 0 && !aKilled.get() ? a : b;
                    edit(on, writer, i, failure -> {
                        if (on != a || !aKilled.get()) {
                            unexpected.add(failure); // only A, once killed, may fail to answer
                        }
                    });
                }
            });
        }
        await().atMost(OUTCOME).until(() -> acks.size() >= KILL_AFTER_ACKS);
        aKilled.set(true);
        a.kill();
        long killed = System.nanoTime();
        writers.shutdown();
        assertThat(writers.awaitTermination(OUTCOME.toSeconds() * 2, TimeUnit.SECONDS)).as("the bounded load ends").isTrue();
        assertThat(unexpected).as("edits not acknowledged, other than by A being killed").isEmpty();
        assertThat(acks.size()).isGreaterThan(KILL_AFTER_ACKS);
        return killed;
    }

    /** One edit, acknowledged only by a 200; any other outcome goes to {@code failed}. */
    private void edit(ChildService on, int writer, int i, java.util.function.Consumer<String> failed) {
        String id = declarations.get(writer);
        String text = "编辑-" + writer + "-" + i;
        try {
            HttpResponse<String> answer = http.send(request(on, "PUT", "/api/v1/declarations/" + id + "/functions",
                    filer(writer), Map.of("text", text)), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                acks.add(new Ack(id, JSON.readTree(answer.body()).get("version").asLong(), text));
            } else {
                failed.accept(answer.statusCode() + " " + answer.body());
            }
        } catch (IOException e) {
            failed.accept(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every acknowledged edit exactly once in the store; forms, history and the audit log agree with the events. */
    private void verifyNothingLost(ChildService survivor, MongoDatabase store) {
        Map<String, List<Document>> events = eventsByDeclaration(store);
        Map<String, Long> eventsCarrying = events.values().stream().flatMap(List::stream)
                .map(event -> event.getString("payload")).flatMap(payload -> acks.stream().map(Ack::text)
                        .filter(text -> payload.contains("\"" + text + "\"")))
                .collect(Collectors.groupingBy(text -> text, Collectors.counting()));
        for (Ack ack : acks) {
            List<Document> stream = events.get(ack.declaration());
            assertThat(stream).as("events of %s", ack.declaration()).hasSizeGreaterThanOrEqualTo((int) ack.version());
            assertThat(stream.get((int) ack.version() - 1).getString("payload")).as("version %d", ack.version()).contains(ack.text());
            assertThat(eventsCarrying.get(ack.text())).as("events carrying %s", ack.text()).isEqualTo(1);
        }
        awaitProjected(survivor, store);
        long total = store.getCollection("domainevents").countDocuments();
        await().atMost(OUTCOME).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<?, ?> verification = send(survivor, "POST", "/api/v1/audit/verification", auditor(), null, 200);
            assertThat(verification.get("verified")).as("verification %s", verification).isEqualTo(true);
            assertThat(((Number) verification.get("leavesChecked")).longValue()).isEqualTo(total);
        });
    }

    /** Each form's version is its event count, and its history lists every event. */
    private void awaitProjected(ChildService instance, MongoDatabase store) {
        Map<String, List<Document>> events = eventsByDeclaration(store);
        for (String id : declarations) {
            int count = events.get(id).size();
            await().atMost(OUTCOME).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(((Number) send(instance, "GET", "/api/v1/declarations/" + id, viewer(), null, 200).get("version")).intValue())
                            .as("form %s", id).isEqualTo(count));
            Map<?, ?> history = send(instance, "GET", "/api/v1/declarations/" + id + "/history", auditor(), null, 200);
            assertThat((List<?>) history.get("events")).hasSize(count);
        }
    }

    /** A declaration's events in sequence, asserted to be 0..n-1, each once. */
    private Map<String, List<Document>> eventsByDeclaration(MongoDatabase store) {
        Map<String, List<Document>> events = new HashMap<>();
        for (String id : declarations) {
            List<Document> stream = store.getCollection("domainevents").find(new Document("aggregateIdentifier", id)).into(new ArrayList<>());
            stream.sort((x, y) -> Long.compare(x.getLong("sequenceNumber"), y.getLong("sequenceNumber")));
            for (int i = 0; i < stream.size(); i++) {
                assertThat(stream.get(i).getLong("sequenceNumber")).as("sequence of %s", id).isEqualTo(i);
            }
            events.put(id, stream);
        }
        return events;
    }

    /** Per processor of the tenant, the owners of its segments (null: unclaimed). */
    private static Map<String, List<String>> owners(MongoDatabase store) {
        Map<String, List<String>> owners = new HashMap<>();
        for (Document processor : store.getCollection("trackingtokens").find(new Document("segment", -1))) {
            if (!processor.getString("processorName").startsWith("__")) {
                owners.put(processor.getString("processorName"), processor.getList("segments", Document.class).stream()
                        .map(segment -> segment.getString("owner")).toList());
            }
        }
        return owners;
    }

    private static void awaitOwners(MongoDatabase store, String what, java.util.function.Predicate<Set<String>> distinctOwners) {
        await().atMost(OUTCOME).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Map<String, List<String>> owners = owners(store);
            assertThat(owners).as(what).hasSizeGreaterThanOrEqualTo(4).allSatisfy((processor, segments) -> {
                assertThat(segments).as("%s: %s", what, processor).hasSize(2).doesNotContainNull();
                assertThat(distinctOwners.test(Set.copyOf(segments))).as("%s: %s owned by %s", what, processor, segments).isTrue();
            });
        });
    }

    private static boolean ownedBy(String owner, ChildService instance) {
        return owner != null && owner.startsWith(instance.pid() + "@");
    }

    private Map<?, ?> send(ChildService on, String method, String path, String token, Object body, int expected) {
        try {
            HttpResponse<String> answer = http.send(request(on, method, path, token, body), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isEqualTo(expected);
            return JSON.readValue(answer.body(), Map.class);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HttpRequest request(ChildService on, String method, String path, String token, Object body) throws IOException {
        return HttpRequest.newBuilder(on.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
    }

    private String filer(int writer) {
        return Tokens.of(tenant, "filer-" + writer, unit(writer), Role.FILER);
    }

    private String viewer() {
        return Tokens.of(tenant, "viewer", null, Role.VIEWER);
    }

    private String auditor() {
        return Tokens.of(tenant, "auditor", null, Role.AUDITOR);
    }

    private static String unit(int writer) {
        return "43041208" + writer;
    }
}
