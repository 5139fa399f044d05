package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.platform.demo.DemoUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mid-year monitoring through the real service and the demo: the seed declaration approved, a round opened as of
 * 31 July, the unit's form filled with one indicator lagging far behind (red, with its cause and action),
 * submitted, accepted by the performance section and read back with its red light; the red light then starts the
 * declaration's adjustment.
 */
@SuppressWarnings("unchecked")
class MonitoringJourneyTest {

    private static final String SEED = DeclarationId.forUnit(DemoUsers.SEED_UNIT_CODE, 2020, DeclarationKind.DEPARTMENT).value();
    private static final String ROUND = MonitoringRoundId.forRound(2020, 1).value();
    private static final String FORM = "/api/v1/monitoring/rounds/" + ROUND + "/forms/" + SEED;

    @TempDir
    Path dataDir;

    private WebTestClient client;
    private final String filer = Tokens.of(DemoUsers.TENANT, "demo-filer", DemoUsers.SEED_UNIT_CODE, Role.FILER);
    private final String business = Tokens.of(DemoUsers.TENANT, "demo-business", null, Role.BUSINESS_REVIEWER);
    private final String performance = Tokens.of(DemoUsers.TENANT, "demo-performance", null, Role.PERFORMANCE_REVIEWER);

    @Test
    void theApprovedSeedGoesThroughAMonitoringRoundWithARedLight() throws Exception {
        try (ConfigurableApplicationContext app = EmbeddedService.startWithDemo(dataDir)) {
            client = EmbeddedService.clientOf(app);
            approveTheSeed();

            Map<String, Object> opened = send(client.post().uri("/api/v1/monitoring/rounds"), performance,
                    Map.of("year", 2020, "number", 1, "cutOff", "2020-07-31"), HttpStatus.CREATED);
            assertThat(opened).containsEntry("id", ROUND).containsEntry("forms", 1);
            client.post().uri("/api/v1/monitoring/rounds").headers(h -> h.setBearerAuth(performance))
                    .bodyValue(Map.of("year", 2020, "number", 1, "cutOff", "2020-07-31")).exchange()
                    .expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.code").isEqualTo("ROUND_EXISTS");

            String unknown = "/api/v1/monitoring/rounds/" + ROUND + "/forms/no-such-declaration";
            client.put().uri(unknown + "/budget").headers(h -> h.setBearerAuth(filer)).bodyValue(Map.of("spent", "1"))
                    .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("MONITORING_FORM_NOT_FOUND");
            client.get().uri(unknown).headers(h -> h.setBearerAuth(filer)).exchange().expectStatus().isNotFound();

            Map<String, Object> form = awaitForm(1);
            assertThat(form).containsEntry("status", "DRAFT").containsEntry("timeElapsed", "58.2");
            List<Map<String, Object>> indicators = (List<Map<String, Object>>) form.get("indicators");
            byte[] refused = sheet(exported(), 0, 6, "绝对能");
            client.post().uri(FORM + "/import").headers(h -> h.setBearerAuth(filer))
                    .body(BodyInserters.fromMultipartData(upload(refused))).exchange()
                    .expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.violations[0].field").isEqualTo("G8")
                    .jsonPath("$.violations[0].code").isEqualTo("UNKNOWN_VALUE");
            String lagging = fillIn(indicators);
            Map<String, Object> reimported = client.post().uri(FORM + "/import").headers(h -> h.setBearerAuth(filer))
                    .body(BodyInserters.fromMultipartData(upload(exported()))).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            assertThat(version(reimported)).isEqualTo(1 + 2L * indicators.size());
            Map<String, Object> budget = (Map<String, Object>) form.get("budget");
            String spent = new BigDecimal(budget.get("budget").toString()).multiply(new BigDecimal("0.6")).toPlainString();
            send(client.put().uri(FORM + "/budget"), filer, Map.of("spent", spent), HttpStatus.OK);

            long submitted = version(send(client.post().uri(FORM + "/submit"), filer, Map.of(), HttpStatus.OK));
            client.post().uri(FORM + "/review").headers(h -> h.setBearerAuth(performance))
                    .bodyValue(Map.of("decision", "ACCEPT", "opinion", "同意")).header("If-Match", "\"" + (submitted - 1) + "\"")
                    .exchange().expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
            long accepted = version(send(client.post().uri(FORM + "/review"), performance,
                    Map.of("decision", "ACCEPT", "opinion", "同意"), HttpStatus.OK));

            Map<String, Object> final_ = awaitForm(accepted);
            assertThat(final_).containsEntry("status", "ACCEPTED").containsEntry("light", "RED");
            Map<String, Object> red = ((List<Map<String, Object>>) final_.get("indicators")).stream()
                    .filter(row -> row.get("id").equals(lagging)).findFirst().orElseThrow();
            assertThat(red).containsEntry("light", "RED").containsEntry("cause", "FUNDING")
                    .containsEntry("causeLabel", "经费保障");
            assertThat(((Map<String, Object>) final_.get("budget"))).containsEntry("light", "GREEN")
                    .containsEntry("executionRate", "60.0");

            Map<String, Object> first = get(FORM + "?asOfVersion=1", performance);
            assertThat(first).containsEntry("status", "DRAFT").containsEntry("light", "NONE");
            Map<String, Object> lights = get("/api/v1/monitoring/rounds/" + ROUND + "/lights", performance);
            assertThat(lights.get("units").toString()).contains("light=RED");
            Map<String, Object> list = get("/api/v1/monitoring/rounds/" + ROUND + "/forms?light=RED", performance);
            assertThat(list).containsEntry("total", 1);

            client.get().uri(FORM + "/export").headers(h -> h.setBearerAuth(filer)).exchange().expectStatus().isOk()
                    .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

            Map<String, Object> adjusting = send(client.post().uri(FORM + "/adjustment"), filer,
                    Map.of("reason", "征地补偿资金未到位，调减出让面积"), HttpStatus.OK);
            assertThat(adjusting).containsEntry("declarationId", SEED);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    get("/api/v1/declarations/" + SEED, filer)).containsEntry("status", "ADJUSTING"));
        }
    }

    private byte[] exported() {
        return client.get().uri(FORM + "/export").headers(h -> h.setBearerAuth(filer)).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    /** The sheet with one cell of the indicator table changed (row 0 is the first indicator). */
    private static byte[] sheet(byte[] xlsx, int indicator, int column, String text) throws java.io.IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheetAt(0).getRow(7 + indicator).getCell(column).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> upload(byte[] xlsx) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "监控表.xlsx";
            }
        });
        return body.build();
    }

    /** Every indicator on track except the first quantitative one, far behind; returns that one's id. */
    private String fillIn(List<Map<String, Object>> indicators) {
        String lagging = null;
        for (Map<String, Object> row : indicators) {
            Map<String, Object> target = (Map<String, Object>) row.get("target");
            Map<String, Object> body = new HashMap<>();
            boolean quantitative = "QUANTITATIVE".equals(target.get("kind")) && target.get("value") != null;
            boolean lags = lagging == null && quantitative && new BigDecimal(target.get("value").toString()).signum() > 0
                    && !"%".equals(target.get("unit")) && target.get("comparator") != null
                    && !List.of("LE", "LT").contains(target.get("comparator"));
            if (quantitative) {
                BigDecimal value = new BigDecimal(target.get("value").toString());
                BigDecimal share = lags ? new BigDecimal("0.1") : BigDecimal.ONE;
                body.put("progress", value.multiply(share).toPlainString() + (target.get("unit") == null ? "" : target.get("unit")));
            } else {
                body.put("progress", "按计划推进");
            }
            body.put("outlook", lags ? "LIKELY" : "CERTAIN");
            if (lags) {
                lagging = row.get("id").toString();
                body.putAll(Map.of("cause", "FUNDING", "explanation", "征地补偿资金未到位", "action", "协调资金，四季度完成"));
            }
            send(client.put().uri(FORM + "/indicators/" + row.get("id")), filer, body, HttpStatus.OK);
        }
        assertThat(lagging).isNotNull();
        return lagging;
    }

    private void approveTheSeed() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> client.get().uri("/api/v1/declarations/{id}", SEED)
                .headers(h -> h.setBearerAuth(filer)).exchange().expectStatus().isOk());
        send(client.post().uri("/api/v1/declarations/" + SEED + "/submit"), filer, Map.of(), HttpStatus.OK);
        send(client.post().uri("/api/v1/declarations/" + SEED + "/business-review"), business,
                Map.of("decision", "PASS", "opinion", "同意"), HttpStatus.OK);
        send(client.post().uri("/api/v1/declarations/" + SEED + "/approval"), performance,
                Map.of("opinion", "同意批复"), HttpStatus.OK);
    }

    private Map<String, Object> awaitForm(long minVersion) {
        return get(FORM + "?minVersion=" + minVersion, filer);
    }

    private Map<String, Object> get(String uri, String token) {
        return client.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> send(WebTestClient.RequestBodySpec request, String token, Object body,
                                            HttpStatus expected) {
        return request.headers(h -> h.setBearerAuth(token)).bodyValue(body).exchange()
                .expectStatus().isEqualTo(expected).expectBody(Map.class).returnResult().getResponseBody();
    }

    private static long version(Map<String, Object> written) {
        return ((Number) written.get("version")).longValue();
    }
}
