package cn.jixiao.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code jixiao.audit.*}: {@code signing-key} (Ed25519 PKCS#8 DER, base64 or PEM; absent: use {@code key-file}),
 * {@code key-id} (absent: derived from the public key), {@code key-file} (read, or generated once),
 * {@code head-every-events} and {@code head-every}: when tree heads are signed.
 */
@ConfigurationProperties("jixiao.audit")
public record AuditProperties(
        String signingKey,
        String keyId,
        @DefaultValue("data/audit-ed25519.key") Path keyFile,
        @DefaultValue("100") long headEveryEvents,
        @DefaultValue("60s") Duration headEvery) {

    public AuditKeys keys() {
        return keys(null);
    }

    /** With {@code shared} (several instances on one database; may be null): the key they all sign with. */
    public AuditKeys keys(SharedSigningKey shared) {
        return AuditKeys.load(signingKey, keyId, keyFile, shared);
    }

    public TreeHeadPolicy policy() {
        return new TreeHeadPolicy(headEveryEvents, headEvery);
    }
}
