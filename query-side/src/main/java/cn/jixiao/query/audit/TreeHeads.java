package cn.jixiao.query.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Signs tree heads with the audit key, as often as the policy asks. */
public final class TreeHeads {

    private final AuditKeys keys;
    private final TreeHeadPolicy policy;
    private final Clock clock;

    public TreeHeads(AuditKeys keys, TreeHeadPolicy policy, Clock clock) {
        this.keys = keys;
        this.policy = policy;
        this.clock = clock;
    }

    public AuditKeys keys() {
        return keys;
    }

    /** Signs the log's current size and stores the head. */
    public SignedTreeHead sign(AuditLog log) {
        long size = log.size();
        String rootHash = HexFormat.of().formatHex(log.root(size));
        String signedAt = AuditEntry.timestamp(clock.instant());
        byte[] signature = keys.sign(SignedTreeHead.signedContent(log.tenant(), size, rootHash, signedAt));
        SignedTreeHead head = new SignedTreeHead(log.tenant(), size, rootHash, signedAt,
                Base64.getEncoder().encodeToString(signature), keys.keyId(), keys.publicKeyBase64());
        log.save(head);
        return head;
    }

    /** The projection's trigger: {@code everyEvents} leaves since the last head. */
    public Optional<SignedTreeHead> signIfCountReached(AuditLog log, long size) {
        long signed = log.latestHead().map(SignedTreeHead::size).orElse(0L);
        return size - signed >= policy.everyEvents() ? Optional.of(sign(log)) : Optional.empty();
    }

    /** The timer's trigger: something new and either the count reached or the interval passed since the last head. */
    public Optional<SignedTreeHead> signIfDue(AuditLog log) {
        long size = log.size();
        Optional<SignedTreeHead> latest = log.latestHead();
        long signed = latest.map(SignedTreeHead::size).orElse(0L);
        if (size <= signed) {
            return Optional.empty();
        }
        Instant last = latest.map(h -> Instant.parse(h.signedAt())).orElse(Instant.EPOCH);
        boolean due = size - signed >= policy.everyEvents() || !clock.instant().isBefore(last.plus(policy.every()));
        return due ? Optional.of(sign(log)) : Optional.empty();
    }
}
