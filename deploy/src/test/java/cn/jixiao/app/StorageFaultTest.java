package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.platform.storage.FaultyFilePath;
import cn.jixiao.platform.storage.FaultyFilePath.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service on a data directory whose disk fills up, or turns read-only, while a filer edits: 503 problems with
 * Retry-After and never 500, readiness DOWN meanwhile and UP again after, nothing acknowledged lost, nothing
 * unacknowledged kept, the audit log still verifying.
 */
class StorageFaultTest {

    static final String UNIT = "430412031";

    @TempDir
    Path dataDir;

    @AfterEach
    void healTheDisk() {
        FaultyFilePath.inject(Fault.NONE);
    }

    @Test
    void aFullDiskAnswers503WithRetryAfterAndLosesNothingAcknowledged() {
        runsThroughA(Fault.NO_SPACE);
    }

    @Test
    void aReadOnlyDataDirectoryAnswers503AndTheServiceResumesWhenItIsWritableAgain() {
        runsThroughA(Fault.READ_ONLY);
    }

    private void runsThroughA(Fault fault) {
        FaultyFilePath.register();
        try (ConfigurableApplicationContext service = EmbeddedService.start(dataDir,
                "--jixiao.mongodb.embedded.file-system=" + FaultyFilePath.SCHEME,
                "--jixiao.mongodb.embedded.retry-every=200ms",
                "--jixiao.mongodb.embedded.min-free-space=0B")) {
            WebTestClient client = EmbeddedService.clientOf(service);
            String tenant = Tenants.onboard(client, "disk");
            String filer = Tokens.of(tenant, "filer", UNIT, Role.FILER);
            String id = EmbeddedService.createDeclaration(client, filer, UNIT);
            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                acknowledge(acknowledged, EmbeddedService.editFunctions(client, filer, id, "职能 " + i), "职能 " + i);
            }
            assertThat(readiness(client)).isEqualTo(HttpStatus.OK);

            FaultyFilePath.inject(fault);
            for (int i = 5; i < 15; i++) {
                String text = "职能 " + i;
                EntityExchangeResult<Map> answer = EmbeddedService.editFunctions(client, filer, id, text)
                        .expectBody(Map.class).returnResult();
                if (answer.getStatus().is2xxSuccessful()) {
                    acknowledged.add(text); // finished before the fault reached the disk
                    continue;
                }
                assertThat(answer.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
                assertThat(answer.getResponseBody()).containsEntry("code", "STORAGE_UNAVAILABLE")
                        .containsKey("detail");
            }
            assertThat(readiness(client)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            client.get().uri("/actuator/health").exchange().expectBody()
                    .jsonPath("$.components.storage.status").isEqualTo("DOWN")
                    .jsonPath("$.components.storage.details.reason").value(reason ->
                            assertThat(reason.toString()).contains(dataDir.toAbsolutePath().toString()));

            FaultyFilePath.inject(Fault.NONE);
            await().atMost(Duration.ofSeconds(60)).until(() -> readiness(client) == HttpStatus.OK);
            await().atMost(Duration.ofSeconds(60)).until(() -> EmbeddedService.editFunctions(client, filer, id, "恢复后")
                    .returnResult(Map.class).getStatus().is2xxSuccessful());
            acknowledged.add("恢复后");

            String auditor = Tokens.of(tenant, "auditor", null, Role.AUDITOR);
            List<String> stored = functionsTexts(client, auditor, id);
            assertThat(stored).containsSubsequence(acknowledged);
            assertThat(stored).hasSize(acknowledged.size()); // nothing unacknowledged was kept
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.post().uri("/api/v1/audit/verification")
                    .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.verified").isEqualTo(true)
                    .jsonPath("$.leavesChecked").isEqualTo(acknowledged.size() + 1));
        }
    }

    private static void acknowledge(List<String> acknowledged, WebTestClient.ResponseSpec answer, String text) {
        answer.expectStatus().isOk();
        acknowledged.add(text);
    }

    private static HttpStatus readiness(WebTestClient client) {
        return HttpStatus.valueOf(client.get().uri("/actuator/health/readiness").exchange()
                .returnResult(String.class).getStatus().value());
    }

    /** The text of every event in the declaration's history that carries one, oldest first. */
    @SuppressWarnings("unchecked")
    private static List<String> functionsTexts(WebTestClient client, String auditor, String id) {
        Map<String, Object> history = client.get().uri("/api/v1/declarations/{id}/history", id)
                .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) history.get("events")).stream().map(event -> (Map<String, Object>) event.get("payload"))
                .filter(payload -> payload != null && payload.get("text") instanceof String)
                .map(payload -> (String) payload.get("text")).toList();
    }
}
