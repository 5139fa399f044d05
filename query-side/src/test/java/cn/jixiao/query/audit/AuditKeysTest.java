package cn.jixiao.query.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditKeysTest {

    @TempDir
    Path dir;

    @Test
    void aConfiguredKeySignsWhatItsPublicHalfVerifies() throws Exception {
        AuditKeys original = AuditKeys.generate("k1");
        AuditKeys configured = AuditKeys.load(original.privateKeyBase64(), "k1", dir.resolve("unused.key"));

        assertThat(configured.publicKeyBase64()).isEqualTo(original.publicKeyBase64());
        byte[] content = "树头".getBytes(StandardCharsets.UTF_8);
        assertThat(AuditKeys.verify(AuditKeys.publicKey(original.publicKeyBase64()), content, configured.sign(content))).isTrue();
        assertThat(configured.keyId()).isEqualTo("k1");
        assertThat(dir.resolve("unused.key")).doesNotExist();
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKeptInTheFile() {
        Path file = dir.resolve("data/audit-ed25519.key");
        AuditKeys first = AuditKeys.load(null, null, file);
        AuditKeys again = AuditKeys.load("", null, file);

        assertThat(file).exists();
        assertThat(again.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
        assertThat(again.keyId()).isEqualTo(first.keyId()).hasSize(16);
    }

    @Test
    void theKeyFileIsPemThatOtherToolsRead() throws Exception {
        Path file = dir.resolve("k.pem");
        AuditKeys generated = AuditKeys.load(null, null, file);
        String pem = Files.readString(file);
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(AuditKeys.load(pem, null, dir.resolve("other")).publicKeyBase64()).isEqualTo(generated.publicKeyBase64());
    }

    @Test
    void aKeyThatIsNotEd25519IsRefused() {
        assertThatThrownBy(() -> AuditKeys.load("AAAA", null, dir.resolve("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
