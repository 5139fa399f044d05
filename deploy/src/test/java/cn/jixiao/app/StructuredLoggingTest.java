package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With LOG_FORMAT=ecs every line is one JSON object; every line written while serving a request, on whatever
 * thread, names its correlation id, tenant and user; no line holds a bearer token or a phone number.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTest {

    private static final Logger log = LoggerFactory.getLogger("cn.jixiao.test.probe");
    static final String PHONE = "13912345678";
    static final String CONTACT_PHONE = "18216015913";

    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyLineOfARequestNamesItsCorrelationIdTenantAndUserAndNoneHoldsATokenOrAPhoneNumber(CapturedOutput output) {
        // Another test's context may have set logging up already in this JVM; Boot would then keep its format.
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(JixiaoApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("probeRoute",
                        RouterFunction.class, StructuredLoggingTest::probeRoute))
                .run("--server.port=0", "--jixiao.mongodb.uri=", "--jixiao.mongodb.embedded.data-dir=",
                        "--jixiao.mongodb.embedded.port=0", "--jixiao.demo.enabled=false",
                        "--jixiao.security.dev-jwt-secret=" + Tokens.SECRET, "--jixiao.audit.key-file=",
                        "--logging.structured.format.console=ecs")) {
            WebTestClient client = WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30))
                    .baseUrl("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort())
                    .build();
            String tenant = Tenants.onboard(client, "logs");
            String filer = Tokens.of(tenant, "filer-7", "430412007", Role.FILER);
            String correlationId = "probe-" + UUID.randomUUID();

            client.get().uri("/api/test/log").header("X-Correlation-Id", correlationId)
                    .headers(h -> h.setBearerAuth(filer)).exchange().expectStatus().isOk();
            String declaration = client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                    .bodyValue(Map.of("year", 2020, "kind", "DEPARTMENT",
                            "unit", Map.of("code", "430412007", "name", "南岳区某所"), "filingUnit", "某所",
                            "leader", "赵六"))
                    .exchange().expectStatus().isCreated()
                    .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
            client.put().uri(declaration + "/basic-info").headers(h -> h.setBearerAuth(filer))
                    .bodyValue(Map.of("filingUnit", "某所", "leader", "赵六",
                            "contact", Map.of("name", "旷文倩", "phone", CONTACT_PHONE),
                            "staffing", Map.of("authorized", 3, "actual", 3)))
                    .exchange().expectStatus().is2xxSuccessful();
            client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer + "tampered"))
                    .exchange().expectStatus().isUnauthorized();

            List<JsonNode> lines = jsonLines(output.getOut());
            List<JsonNode> ofTheRequest = lines.stream()
                    .filter(line -> correlationId.equals(line.path("correlationId").asText())).toList();
            assertThat(ofTheRequest).extracting(line -> line.path("message").asText())
                    .anyMatch(m -> m.contains("request thread")).anyMatch(m -> m.contains("worker thread"))
                    .anyMatch(m -> m.contains("after a thread hop")).anyMatch(m -> m.contains("GET /api/test/log 200"));
            assertThat(ofTheRequest).allSatisfy(line -> {
                assertThat(line.path("tenant").asText()).isEqualTo(tenant);
                assertThat(line.path("user").asText()).isEqualTo("filer-7");
            });
            assertThat(lines.stream().filter(line -> line.path("message").asText().contains("probe")))
                    .as("every probe line belongs to the request").allSatisfy(line ->
                            assertThat(line.path("correlationId").asText()).isEqualTo(correlationId));
            assertThat(lines).extracting(line -> line.path("message").asText())
                    .anyMatch(m -> m.startsWith("PUT ") && m.contains("/basic-info 200"))
                    .anyMatch(m -> m.contains("caller [redacted phone] asked with Bearer [redacted]"));
        }
        assertThat(output.getOut()).doesNotContain(PHONE, CONTACT_PHONE, Tokens.of("x", "y", null, Role.FILER)
                .substring(0, 20));
    }

    private List<JsonNode> jsonLines(String out) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (line.startsWith("{")) {
                try {
                    lines.add(json.readTree(line));
                } catch (Exception notJson) {
                    throw new AssertionError("not one JSON object per line: " + line, notJson);
                }
            }
        }
        assertThat(lines).isNotEmpty();
        return lines;
    }

    /** Logs on the request's thread, on a worker and after a hop back, quoting a phone number and the token. */
    private static RouterFunction<ServerResponse> probeRoute() {
        return RouterFunctions.route().GET("/api/test/log", request -> {
            log.info("probe on the request thread, caller {} asked with {}", PHONE,
                    request.headers().firstHeader(HttpHeaders.AUTHORIZATION));
            return Mono.fromCallable(() -> {
                        log.info("probe on a worker thread");
                        return "logged";
                    })
                    .subscribeOn(Schedulers.boundedElastic())
                    .publishOn(Schedulers.parallel())
                    .doOnNext(done -> log.info("probe after a thread hop"))
                    .flatMap(done -> ServerResponse.ok().bodyValue(done));
        }).build();
    }
}
