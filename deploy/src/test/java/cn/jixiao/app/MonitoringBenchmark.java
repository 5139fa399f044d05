package cn.jixiao.app;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.SectionDefinedEvent;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UnitKind;
import cn.jixiao.kernel.register.UnitRegisteredEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The figure of issue 16: a monitoring round opened for 300 units with approved declarations (the seed form's 44
 * indicators each), and the forms read back, beside a raw driver find-by-_id of a monitoring-form-sized document
 * on the same embedded server in the same run. Excluded from the suite by its tag; run on demand:
 * <pre>
 * ./mvnw -B -q -pl deploy -am test -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=MonitoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dbench.monitoring.units=N} changes the number of units, {@code -Dbench.monitoring.readers=N} the readers.
 */
@Tag("benchmark")
class MonitoringBenchmark {

    private static final int UNITS = Integer.getInteger("bench.monitoring.units", 300);
    private static final int READERS = Integer.getInteger("bench.monitoring.readers", 4);
    private static final int READS = Integer.getInteger("bench.monitoring.reads", 1_000);
    private static final Duration CAP = Duration.ofMinutes(5);
    private static final String ROUND = MonitoringRoundId.forRound(BenchmarkDeclarations.YEAR, 1).value();

    @Test
    void printsTheTimeToOpenARoundOf300UnitsAndToReadItBack() {
        BenchmarkReport.section("monitoring: a round of " + UNITS + " units opened and read back, beside raw find-by-_id");
        try (BenchmarkService service = BenchmarkService.start()) {
            BenchmarkHttp api = new BenchmarkHttp(service.http());
            String tenant = service.onboard("bench-monitoring");
            Configuration axon = service.axon(tenant);
            register(axon);
            BenchmarkDeclarations.append(axon.eventStore(), tenant, 0, UNITS);
            approve(axon);
            String performance = Tokens.of(tenant, "performance", null, Role.PERFORMANCE_REVIEWER);

            long started = System.nanoTime();
            Map<String, Object> opened = service.http().post().uri("/api/v1/monitoring/rounds")
                    .headers(h -> h.setBearerAuth(performance))
                    .bodyValue(Map.of("year", BenchmarkDeclarations.YEAR, "number", 1, "cutOff", BenchmarkDeclarations.YEAR + "-07-31"))
                    .retrieve().bodyToMono(Map.class).block(CAP);
            double openSeconds = (System.nanoTime() - started) / 1e9;
            assertThat(opened).containsEntry("forms", UNITS);
            await().atMost(CAP).pollInterval(Duration.ofMillis(200)).until(() -> total(api, performance) == UNITS);
            double visibleSeconds = (System.nanoTime() - started) / 1e9;
            BenchmarkReport.line("opened a round of %d forms in %.2f s (the command's answer); all %d listed after %.2f s",
                    UNITS, openSeconds, UNITS, visibleSeconds);

            MongoCollection<Document> raw = rawForms(service, api, performance);
            String form = "/api/v1/monitoring/rounds/" + ROUND + "/forms/{d}";
            BenchmarkLoad.Call read = (w, i) -> api.get(performance, form,
                    BenchmarkDeclarations.id(ThreadLocalRandom.current().nextInt(UNITS)));
            BenchmarkLoad.run("warm-up", 1, 50, CAP, read);
            report(BenchmarkLoad.run("form GET /monitoring/rounds/{r}/forms/{d}", READERS, READS, CAP, read));
            report(BenchmarkLoad.run("list GET /monitoring/rounds/{r}/forms?page=", READERS, READS / 10, CAP, (w, i) ->
                    api.get(performance, "/api/v1/monitoring/rounds/" + ROUND + "/forms?size=20&page={p}",
                            ThreadLocalRandom.current().nextInt(UNITS / 20))));
            report(BenchmarkLoad.run("lights GET /monitoring/rounds/{r}/lights", READERS, READS / 10, CAP, (w, i) ->
                    api.get(performance, "/api/v1/monitoring/rounds/" + ROUND + "/lights")));
            report(BenchmarkLoad.run("raw driver find-by-_id, form-sized document", READERS, READS, CAP, (w, i) ->
                    assertThat(raw.find(Filters.eq("_id", "form-" + ThreadLocalRandom.current().nextInt(UNITS))).first())
                            .isNotNull()));
        }
    }

    private static void report(BenchmarkLoad.Result result) {
        BenchmarkReport.line("%s", result.describe());
        assertThat(result.errors()).as(result.label() + ": " + result.firstError()).isZero();
    }

    @SuppressWarnings("unchecked")
    private static int total(BenchmarkHttp api, String token) {
        try {
            String page = new String(api.get(token, "/api/v1/monitoring/rounds/" + ROUND + "/forms?size=1"),
                    StandardCharsets.UTF_8);
            return ((Number) new com.fasterxml.jackson.databind.ObjectMapper().readValue(page, Map.class).get("total")).intValue();
        } catch (Exception notYet) {
            return -1;
        }
    }

    /** The register of the benchmark's units, appended as the register aggregate would append it. */
    private static void register(Configuration axon) {
        String register = RegisterId.OF_TENANT.value();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.add(new GenericDomainEventMessage<>("Register", register, 0,
                new SectionDefinedEvent(RegisterId.OF_TENANT, SectionId.of("civil"), "行政政法股")));
        for (int n = 0; n < UNITS; n++) {
            events.add(new GenericDomainEventMessage<>("Register", register, n + 1, new UnitRegisteredEvent(
                    RegisterId.OF_TENANT, UnitCode.of(BenchmarkDeclarations.unitCode(n)), BenchmarkDeclarations.unitName(n),
                    UnitKind.UNIT, null, SectionId.of("civil"))));
        }
        axon.eventStore().publish(events);
    }

    /** Each seed declaration approved on paper, right after its seed events. */
    private static void approve(Configuration axon) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        PersonRef admin = new PersonRef("admin", "管理员");
        for (int n = 0; n < UNITS; n++) {
            DeclarationId id = DeclarationId.of(BenchmarkDeclarations.id(n));
            events.add(new GenericDomainEventMessage<>("Declaration", id.value(), BenchmarkDeclarations.EVENTS_PER_DECLARATION,
                    new ApprovedOnPaperRecordedEvent(id, "纸质批复", admin, Instant.now())));
        }
        axon.eventStore().publish(events);
    }

    /** One copy of a real monitoring form per unit, as the API answers it, numbered by _id. */
    private static MongoCollection<Document> rawForms(BenchmarkService service, BenchmarkHttp api, String token) {
        String form = new String(api.get(token, "/api/v1/monitoring/rounds/" + ROUND + "/forms/{d}",
                BenchmarkDeclarations.id(0)), StandardCharsets.UTF_8);
        BenchmarkReport.line("raw baseline documents: copies of a monitoring form of %,d bytes (JSON)",
                form.getBytes(StandardCharsets.UTF_8).length);
        MongoCollection<Document> raw = service.mongo().getDatabase("bench_raw").getCollection("monitoring_forms");
        List<Document> batch = new ArrayList<>();
        for (int n = 0; n < UNITS; n++) {
            batch.add(Document.parse(form).append("_id", "form-" + n));
        }
        raw.insertMany(batch);
        return raw;
    }
}
