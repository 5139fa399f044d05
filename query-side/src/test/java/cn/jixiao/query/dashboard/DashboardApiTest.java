package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.web.ProblemAdvice;
import cn.jixiao.query.rebuild.Generations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardApiTest {

    private static final TenantId NANYUE = TenantId.of("nanyue");
    private static final TenantId HENGSHAN = TenantId.of("hengshan");
    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };

    private final InMemoryTenants mongo = new InMemoryTenants();
    private final DashboardChanges changes = new DashboardChanges();
    private final DashboardReadModel model = new DashboardReadModel(changes);
    private final WebTestClient client = WebTestClient
            .bindToController(new DashboardController(mongo, changes, Duration.ofMillis(300)))
            .controllerAdvice(new ProblemAdvice())
            .argumentResolvers(resolvers -> resolvers.addCustomResolver(TestActors.fromHeaders(null)))
            .configureClient().responseTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void viewerReadsTheDashboardOfAYear() {
        DeclarationStream zhurong = new DeclarationStream("001", 2020);
        feed(NANYUE, zhurong.created(), zhurong.budget("649.4", "210.6", "438.8", "7", "1"), zhurong.submitted(1, "VAGUE_TARGET"));

        get("/api/v1/dashboard?year=2020", NANYUE, "VIEWER").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(2020)
                .jsonPath("$.byStatus.SUBMITTED").isEqualTo(1)
                .jsonPath("$.byStatus.DRAFT").isEqualTo(0)
                .jsonPath("$.budgetTotals.income").isEqualTo("649.4")
                .jsonPath("$.budgetTotals.threePublic").isEqualTo("8")
                .jsonPath("$.warningsByCode.VAGUE_TARGET").isEqualTo(1)
                .jsonPath("$.reviewTurnaround.count").isEqualTo(0);
    }

    @Test
    void everyTenantRoleMayReadTheDashboard() {
        for (String role : List.of("VIEWER", "AUDITOR", "BUSINESS_REVIEWER", "PERFORMANCE_REVIEWER", "TENANT_ADMIN", "FILER")) {
            get("/api/v1/dashboard?year=2020", NANYUE, role).expectStatus().isOk();
        }
    }

    @Test
    void platformOperatorMayNotReadATenantsDashboard() {
        get("/api/v1/dashboard?year=2020", null, "PLATFORM_OPERATOR").expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        get("/api/v1/dashboard/stream?year=2020", NANYUE, "PLATFORM_OPERATOR").expectStatus().isForbidden();
    }

    @Test
    void aMissingOrMalformedYearIsABadRequest() {
        get("/api/v1/dashboard", NANYUE, "VIEWER").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("year")
                .jsonPath("$.violations[0].code").isEqualTo("YEAR_REQUIRED");
        get("/api/v1/dashboard?year=二〇二〇", NANYUE, "VIEWER").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].code").isEqualTo("YEAR_INVALID");
        get("/api/v1/dashboard/stream?year=abc", NANYUE, "VIEWER").expectStatus().isBadRequest();
    }

    @Test
    void streamSendsASnapshotAtOnceAndAnotherWithinASecondOfAChange() throws Exception {
        DeclarationStream zhurong = new DeclarationStream("001", 2020);
        feed(NANYUE, zhurong.created(), zhurong.submitted(1));
        AtomicLong changedAt = new AtomicLong();

        List<Long> latencies = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<JsonNode> snapshots = snapshots(NANYUE, 2020)
                .index()
                .doOnNext(indexed -> {
                    if (indexed.getT1() == 0) {
                        Schedulers.boundedElastic().schedule(() -> {
                            changedAt.set(System.nanoTime());
                            feed(NANYUE, zhurong.after(3).approved());
                        });
                    } else {
                        latencies.add(System.nanoTime() - changedAt.get());
                    }
                })
                .map(indexed -> indexed.getT2())
                .take(2)
                .collectList()
                .block(Duration.ofSeconds(5));

        assertThat(snapshots.get(0).at("/byStatus/SUBMITTED").asInt()).isEqualTo(1);
        assertThat(snapshots.get(1).at("/byStatus/APPROVED").asInt()).isEqualTo(1);
        assertThat(snapshots.get(1).at("/reviewTurnaround/medianHours").decimalValue()).isEqualByComparingTo("3");
        assertThat(Duration.ofNanos(latencies.get(0))).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void streamNeverShowsAnotherTenantsOrAnotherYearsChanges() {
        DeclarationStream ours = new DeclarationStream("001", 2020);
        DeclarationStream ourNextYear = new DeclarationStream("001", 2021);
        DeclarationStream theirs = new DeclarationStream("001", 2020);
        feed(NANYUE, ours.created());

        List<JsonNode> snapshots = snapshots(NANYUE, 2020)
                .doOnSubscribe(s -> Schedulers.boundedElastic().schedule(() -> {
                    feed(HENGSHAN, theirs.created(), theirs.budget("999", "999", "0", "0", "0"));
                    feed(NANYUE, ourNextYear.created());
                }, 200, java.util.concurrent.TimeUnit.MILLISECONDS))
                .take(Duration.ofMillis(1500))
                .collectList()
                .block(Duration.ofSeconds(5));

        assertThat(snapshots).hasSize(1);
        assertThat(snapshots.get(0).at("/declarations").asInt()).isEqualTo(1);
        assertThat(snapshots.get(0).at("/budgetTotals/income").asText()).isEqualTo("0");
    }

    @Test
    void streamSendsAHeartbeatComment() {
        ServerSentEvent<String> heartbeat = client.get().uri("/api/v1/dashboard/stream?year=2020")
                .accept(MediaType.TEXT_EVENT_STREAM).header(TestActors.TENANT, NANYUE.value()).header(TestActors.ROLES, "VIEWER")
                .exchange().expectStatus().isOk()
                .returnResult(SSE).getResponseBody()
                .filter(event -> event.event() == null)
                .blockFirst(Duration.ofSeconds(3));

        assertThat(heartbeat.comment()).isEqualTo("heartbeat");
    }

    @Test
    void aUsersSixthStreamIsRefusedWith429AndAPlaceIsGivenBackWhenAClientGoesAway() {
        DashboardStreams streams = new DashboardStreams(5, 100);
        WebTestClient limited = WebTestClient
                .bindToController(new DashboardController(mongo, changes, Duration.ofMillis(300), streams))
                .controllerAdvice(new ProblemAdvice())
                .argumentResolvers(resolvers -> resolvers.addCustomResolver(TestActors.fromHeaders(null)))
                .configureClient().responseTimeout(Duration.ofSeconds(10))
                .build();
        List<reactor.core.Disposable> open = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(stream(limited).subscribe());
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> openStreams(streams) == 5);

        limited.get().uri("/api/v1/dashboard/stream?year=2020").accept(MediaType.TEXT_EVENT_STREAM)
                .header(TestActors.TENANT, NANYUE.value()).header(TestActors.ROLES, "VIEWER")
                .exchange().expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.code").isEqualTo("TOO_MANY_STREAMS");

        open.remove(0).dispose();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> openStreams(streams) == 4);
        open.add(stream(limited).subscribe());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> openStreams(streams) == 5);
        open.forEach(reactor.core.Disposable::dispose);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> openStreams(streams) == 0);
    }

    @Test
    void snapshotsCarryAnIdAndAClientComingBackWithTheLastOneIsNotSentItAgain() {
        ServerSentEvent<String> first = stream(client).filter(event -> DashboardController.EVENT_NAME.equals(event.event()))
                .blockFirst(Duration.ofSeconds(5));
        assertThat(first.id()).isNotBlank();

        List<ServerSentEvent<String>> resumed = client.get().uri("/api/v1/dashboard/stream?year=2020")
                .accept(MediaType.TEXT_EVENT_STREAM).header(TestActors.TENANT, NANYUE.value()).header(TestActors.ROLES, "VIEWER")
                .header("Last-Event-ID", first.id())
                .exchange().expectStatus().isOk()
                .returnResult(SSE).getResponseBody()
                .take(Duration.ofMillis(1500))
                .filter(event -> DashboardController.EVENT_NAME.equals(event.event()))
                .collectList().block(Duration.ofSeconds(5));
        assertThat(resumed).as("the unchanged snapshot is not sent again").isEmpty();

        DeclarationStream zhurong = new DeclarationStream("001", 2020);
        feed(NANYUE, zhurong.created());
        ServerSentEvent<String> changed = client.get().uri("/api/v1/dashboard/stream?year=2020")
                .accept(MediaType.TEXT_EVENT_STREAM).header(TestActors.TENANT, NANYUE.value()).header(TestActors.ROLES, "VIEWER")
                .header("Last-Event-ID", first.id())
                .exchange().expectStatus().isOk()
                .returnResult(SSE).getResponseBody()
                .filter(event -> DashboardController.EVENT_NAME.equals(event.event()))
                .blockFirst(Duration.ofSeconds(5));
        assertThat(changed.id()).isNotEqualTo(first.id());
    }

    private Flux<ServerSentEvent<String>> stream(WebTestClient on) {
        return on.get().uri("/api/v1/dashboard/stream?year=2020")
                .accept(MediaType.TEXT_EVENT_STREAM).header(TestActors.TENANT, NANYUE.value()).header(TestActors.ROLES, "VIEWER")
                .exchange().expectStatus().isOk()
                .returnResult(SSE).getResponseBody();
    }

    private static int openStreams(DashboardStreams streams) {
        return streams.openFor(new cn.jixiao.kernel.actor.Actor("u-test", "测试用户",
                java.util.Set.of(cn.jixiao.kernel.actor.Role.VIEWER), NANYUE, null));
    }

    private Flux<JsonNode> snapshots(TenantId tenant, int year) {
        return client.get().uri("/api/v1/dashboard/stream?year=" + year)
                .accept(MediaType.TEXT_EVENT_STREAM).header(TestActors.TENANT, tenant.value()).header(TestActors.ROLES, "VIEWER")
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(SSE).getResponseBody()
                .filter(event -> DashboardController.EVENT_NAME.equals(event.event()))
                .map(event -> read(event.data()));
    }

    private JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private WebTestClient.ResponseSpec get(String uri, TenantId tenant, String roles) {
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri(uri).header(TestActors.ROLES, roles);
        if (tenant != null) {
            request = request.header(TestActors.TENANT, tenant.value());
        }
        return request.exchange();
    }

    /** One writer per tenant, as the live handler keeps one per generation. */
    private final java.util.Map<TenantId, cn.jixiao.query.projection.ReadModelWriter> writers = new java.util.concurrent.ConcurrentHashMap<>();

    private void feed(TenantId tenant, DomainEventMessage<?>... events) {
        var writer = writers.computeIfAbsent(tenant,
                t -> model.writer(mongo.of(t), new Generations(mongo.database(t)).active()));
        for (DomainEventMessage<?> event : events) {
            writer.write(List.of(event));
        }
    }
}
