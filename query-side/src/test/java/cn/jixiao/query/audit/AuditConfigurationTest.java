package cn.jixiao.query.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AuditConfigurationTest {

    @TempDir
    Path dir;

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(AuditConfiguration.class);

    @Test
    void theDefaultsSignEvery100EventsOr60SecondsWithAKeyFromTheFile() {
        Path keyFile = dir.resolve("data/audit-ed25519.key");
        context.withPropertyValues("jixiao.audit.key-file=" + keyFile).run(app -> {
            AuditProperties properties = app.getBean(AuditProperties.class);
            assertThat(properties.policy()).isEqualTo(new TreeHeadPolicy(100, Duration.ofSeconds(60)));
            assertThat(keyFile).exists();
            assertThat(app.getBean(AuditModule.class).heads()).isPresent();
        });
    }

    @Test
    void aConfiguredKeyAndIdAreUsed() {
        AuditKeys key = AuditKeys.generate(null);
        context.withPropertyValues("jixiao.audit.signing-key=" + key.privateKeyBase64(), "jixiao.audit.key-id=nanyue-2026",
                "jixiao.audit.key-file=" + dir.resolve("unused.key"), "jixiao.audit.head-every-events=10",
                "jixiao.audit.head-every=5s").run(app -> {
            TreeHeads heads = app.getBean(AuditModule.class).heads().orElseThrow();
            assertThat(heads.keys().keyId()).isEqualTo("nanyue-2026");
            assertThat(heads.keys().publicKeyBase64()).isEqualTo(key.publicKeyBase64());
            assertThat(app.getBean(AuditProperties.class).policy()).isEqualTo(new TreeHeadPolicy(10, Duration.ofSeconds(5)));
            assertThat(dir.resolve("unused.key")).doesNotExist();
        });
    }
}
