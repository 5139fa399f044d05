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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ten times: the real service in its own JVM under a bounded edit load through the HTTP API, killed as with
 * {@code kill -9} while edits are in flight, started again on the same data directory. After every restart each
 * acknowledged version is in the event store exactly once with the content that was acknowledged, the read model
 * has caught up with the store, the audit log verifies and every tree head signed before still has its root.
 */
class CrashRecoveryTest {

    static final int ROUNDS = 10;
    static final int WRITERS = 4;
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    @TempDir
    Path logs;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<Ack> acknowledged = new ArrayList<>();
    final Map<Long, String> heads = new HashMap<>();
    String tenant;
    List<String> declarations;

    record Ack(String declaration, long version, String text) {
    }

    @Test
    void noAcknowledgedEditIsLostOverTenKills() throws Exception {
        Path log = ChildService.logFile(logs);
        Path dataDir = System.getProperty("crash.dataDir") != null ? Path.of(System.getProperty("crash.dataDir")) : this.dataDir;
        for (int round = 0; round <= ROUNDS; round++) {
            long starting = System.nanoTime();
            try (ChildService service = ChildService.start(dataDir, log, START_TIMEOUT,
                    "--jixiao.audit.head-every-events=25", "--logging.level.org.axonframework.eventhandling.pooled=INFO",
                    "--logging.level.cn.jixiao.platform=INFO", "--logging.level.de.bwaldvogel=ERROR")) {
                System.out.printf("CRASH TEST start %d took %d ms%n", round, (System.nanoTime() - starting) / 1_000_000);
                try {
                    if (round == 0) {
                        onboard(service);
                    } else {
                        verifyNothingLost(service, round);
                    }
                } catch (AssertionError | RuntimeException e) {
                    System.out.println("CRASH TEST round " + round + " failed; the service's log ends:\n" + ChildService.tail(log));
                    throw e;
                }
                if (round < ROUNDS) {
                    loadAndKill(service, round);
                }
            }
        }
        System.out.printf("CRASH TEST %d kills, %d edits acknowledged, 0 lost%n", ROUNDS, acknowledged.size());
    }

    private void onboard(ChildService service) throws Exception {
        tenant = "crash-" + Long.toHexString(System.nanoTime());
        send(service, "POST", "/api/v1/admin/tenants", Tokens.operator(),
                Map.of("id", tenant, "name", "崩溃测试财政局", "region", "湖南省"), 201);
        declarations = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String unit = unit(w);
            Map<?, ?> created = send(service, "POST", "/api/v1/declarations", filer(w),
                    Map.of("year", 2021, "kind", "DEPARTMENT", "unit", Map.of("code", unit, "name", "单位" + unit),
                            "filingUnit", "单位" + unit, "leader", "张三"), 201);
            declarations.add(created.get("id").toString());
        }
    }

    /** Writers edit until killed; the kill comes after a random number of acknowledgements, mid-flight. */
    private void loadAndKill(ChildService service, int round) throws InterruptedException {
        int killAfter = ThreadLocalRandom.current().nextInt(20, 80);
        Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> edit(service, round, writer, acks, killed));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acks.size() < killAfter && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        killed.set(true);
        service.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        acknowledged.addAll(acks);
        System.out.printf("CRASH TEST round %d: killed after %d acknowledged edits%n", round + 1, acks.size());
    }

    private void edit(ChildService service, int round, int writer, Queue<Ack> acks, AtomicBoolean killed) {
        String id = declarations.get(writer);
        for (int i = 0; !killed.get(); i++) {
            String text = "第" + round + "轮-" + writer + "-" + i;
            try {
                HttpResponse<String> answer = http.send(request(service, "PUT", "/api/v1/declarations/" + id + "/functions",
                        filer(writer), Map.of("text", text)), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    acks.add(new Ack(id, JSON.readTree(answer.body()).get("version").asLong(), text));
                } else {
                    assertThat(killed).as("answer %d before the kill: %s", answer.statusCode(), answer.body()).isTrue();
                }
            } catch (IOException e) {
                return; // the service is gone: this edit was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void verifyNothingLost(ChildService service, int round) throws Exception {
        try (MongoClient mongo = MongoClients.create(service.mongoUri())) {
            MongoDatabase database = mongo.getDatabase(TenantDatabases.databaseName(TenantId.of(tenant)));
            long total = database.getCollection("domainevents").countDocuments();
            for (String id : declarations) {
                List<String> payloads = payloadsBySequence(database, id);
                for (Ack ack : acknowledged) {
                    if (ack.declaration().equals(id)) {
                        assertThat(payloads).as("round %d: version %d of %s", round, ack.version(), id)
                                .hasSizeGreaterThanOrEqualTo((int) ack.version());
                        assertThat(payloads.get((int) ack.version() - 1)).contains(ack.text());
                        assertThat(payloads.stream().filter(p -> p.contains("\"" + ack.text() + "\"")).count())
                                .as("events carrying %s", ack.text()).isEqualTo(1);
                    }
                }
                awaitProjected(service, id, payloads.size(), payloads.get(payloads.size() - 1));
            }
            awaitVerified(service, total);
            checkHeads(service, total);
        }
        System.out.printf("CRASH TEST restart %d: %d acknowledged edits all present, read model and audit log agree%n",
                round, acknowledged.size());
    }

    /** The payloads of a declaration's events; asserts their sequence numbers are 0..n-1, each once. */
    private static List<String> payloadsBySequence(MongoDatabase database, String id) {
        List<Document> events = database.getCollection("domainevents").find(new Document("aggregateIdentifier", id))
                .into(new ArrayList<>());
        events.sort((a, b) -> Long.compare(a.getLong("sequenceNumber"), b.getLong("sequenceNumber")));
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).getLong("sequenceNumber")).as("sequence of %s", id).isEqualTo(i);
            payloads.add(events.get(i).getString("payload"));
        }
        return payloads;
    }

    private void awaitProjected(ChildService service, String id, long version, String lastPayload) {
        String viewer = Tokens.of(tenant, "viewer", null, Role.VIEWER);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Map<?, ?> form = send(service, "GET", "/api/v1/declarations/" + id + "?minVersion=" + version, viewer, null, 200);
            assertThat(((Number) form.get("version")).longValue()).isEqualTo(version);
            if (form.get("functions") != null && version > 1) {
                assertThat(lastPayload).contains("\"" + form.get("functions") + "\"");
            }
        });
    }

    private void awaitVerified(ChildService service, long total) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            Map<?, ?> verification = send(service, "POST", "/api/v1/audit/verification", auditor(), null, 200);
            assertThat(verification.get("verified")).as("verification %s", verification).isEqualTo(true);
            assertThat(((Number) verification.get("leavesChecked")).longValue()).isEqualTo(total);
        });
    }

    /** Every head signed before a crash still has the same root; the latest covers no more than the store holds. */
    private void checkHeads(ChildService service, long total) throws Exception {
        for (Map.Entry<Long, String> head : heads.entrySet()) {
            Map<?, ?> again = send(service, "GET", "/api/v1/audit/tree-head?size=" + head.getKey(), auditor(), null, 200);
            assertThat(again.get("rootHash")).as("head at size %d", head.getKey()).isEqualTo(head.getValue());
        }
        HttpResponse<String> latest = http.send(request(service, "GET", "/api/v1/audit/tree-head", auditor(), null),
                HttpResponse.BodyHandlers.ofString());
        if (latest.statusCode() == 200) {
            Map<?, ?> head = JSON.readValue(latest.body(), Map.class);
            long size = ((Number) head.get("size")).longValue();
            assertThat(size).isLessThanOrEqualTo(total);
            heads.put(size, head.get("rootHash").toString());
        }
    }

    private Map<?, ?> send(ChildService service, String method, String path, String token, Object body, int expected)
            throws Exception {
        HttpResponse<String> answer = http.send(request(service, method, path, token, body), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isEqualTo(expected);
        return JSON.readValue(answer.body(), Map.class);
    }

    private static HttpRequest request(ChildService service, String method, String path, String token, Object body)
            throws IOException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        return HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, publisher).build();
    }

    private String filer(int writer) {
        return Tokens.of(tenant, "filer-" + writer, unit(writer), Role.FILER);
    }

    private String auditor() {
        return Tokens.of(tenant, "auditor", null, Role.AUDITOR);
    }

    private static String unit(int writer) {
        return "43041207" + writer;
    }
}
