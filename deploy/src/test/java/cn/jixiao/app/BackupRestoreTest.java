package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator takes a backup while a filer keeps editing, and restores it into an empty data directory: every
 * edit acknowledged before the backup is there, the read model catches up and the audit log verifies.
 */
class BackupRestoreTest {

    static final String UNIT = "430412051";

    @TempDir
    Path dataDir;
    @TempDir
    Path restoredDir;

    @Test
    void aBackupTakenWhileEditsGoOnRestoresEverythingAcknowledgedBeforeIt() throws Exception {
        String tenant;
        String id;
        List<String> beforeBackup = new CopyOnWriteArrayList<>();
        Path backup;
        try (ConfigurableApplicationContext service = EmbeddedService.start(dataDir)) {
            WebTestClient client = EmbeddedService.clientOf(service);
            tenant = Tenants.onboard(client, "backup");
            String filer = Tokens.of(tenant, "filer", UNIT, Role.FILER);
            id = EmbeddedService.createDeclaration(client, filer, UNIT);
            for (int i = 0; i < 10; i++) {
                EmbeddedService.editFunctions(client, filer, id, "备份前 " + i).expectStatus().isOk();
                beforeBackup.add("备份前 " + i);
            }
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<Void> editing = CompletableFuture.runAsync(() -> {
                for (int i = 0; !stop.get(); i++) {
                    EmbeddedService.editFunctions(client, filer, id, "备份中 " + i).expectStatus().isOk();
                }
            });
            Map<?, ?> taken = client.post().uri("/actuator/backup").headers(h -> h.setBearerAuth(Tokens.operator()))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            stop.set(true);
            editing.get();
            EmbeddedService.editFunctions(client, filer, id, "备份后").expectStatus().isOk();
            backup = Path.of(taken.get("file").toString());
            assertThat(backup).exists().startsWith(dataDir.resolve("backups"));
        }

        unzip(backup, restoredDir);
        assertThat(restoredDir.resolve("mongo.mv")).exists();
        assertThat(restoredDir.resolve("audit.key")).exists();
        try (ConfigurableApplicationContext restored = EmbeddedService.start(restoredDir)) {
            WebTestClient client = EmbeddedService.clientOf(restored);
            String auditor = Tokens.of(tenant, "auditor", null, Role.AUDITOR);
            Map<?, ?> history = client.get().uri("/api/v1/declarations/{id}/history", id)
                    .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            List<?> events = (List<?>) history.get("events");
            List<Object> texts = events.stream().<Object>map(e -> ((Map<?, ?>) ((Map<?, ?>) e).get("payload")).get("text"))
                    .filter(text -> text != null).toList();
            assertThat(texts).startsWith(beforeBackup.toArray()).doesNotContain("备份后");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.get()
                    .uri("/api/v1/declarations/{id}?minVersion={v}", id, events.size())
                    .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.version").isEqualTo(events.size()));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.post().uri("/api/v1/audit/verification")
                    .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.verified").isEqualTo(true)
                    .jsonPath("$.leavesChecked").isEqualTo(events.size()));
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(entry.getName()));
            }
        }
    }
}
