package cn.jixiao.query.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Instances on one database sign with the key the first of them stored, never with one of their own. */
class SharedSigningKeyTest {

    @TempDir
    Path dir;

    /** The store's rule: the first offer is kept, later offers get it. */
    private final AtomicReference<String> stored = new AtomicReference<>();
    private final SharedSigningKey shared = offered -> stored.compareAndExchange(null, offered) == null ? offered : stored.get();

    @Test
    void instancesWithoutAConfiguredKeySignWithTheKeyTheFirstOfThemStored() {
        AuditKeys first = AuditKeys.load(null, null, dir.resolve("a/audit.key"), shared);
        AuditKeys second = AuditKeys.load("", null, dir.resolve("b/audit.key"), shared);

        assertThat(second.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(dir.resolve("a/audit.key")).doesNotExist();
        assertThat(dir.resolve("b/audit.key")).doesNotExist();
    }

    @Test
    void anInstanceMovingToASharedDatabaseOffersTheKeyOfItsFile() {
        Path file = dir.resolve("audit.key");
        AuditKeys before = AuditKeys.load(null, null, file);

        AuditKeys shared = AuditKeys.load(null, null, file, this.shared);

        assertThat(shared.publicKeyBase64()).isEqualTo(before.publicKeyBase64());
        assertThat(stored.get()).isEqualTo(before.privateKeyBase64());
    }

    @Test
    void aConfiguredKeyWinsOverTheSharedOne() {
        AuditKeys configured = AuditKeys.generate("k1");
        stored.set(AuditKeys.generate(null).privateKeyBase64());

        AuditKeys used = AuditKeys.load(configured.privateKeyBase64(), "k1", dir.resolve("x"), shared);

        assertThat(used.publicKeyBase64()).isEqualTo(configured.publicKeyBase64());
    }
}
