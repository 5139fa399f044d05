package cn.jixiao.query.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Signs tree heads with the audit key, as often as the policy asks. */
public final class TreeHeads {

    private final AuditKeys keys;
    private final TreeHeadPolicy policy;
    private final Clock clock;
    /**
     * Tenants whose every leaf was signed when last looked at here: the timer skips them without a read until the
     * projection appends again, so an idle tenant costs the timer nothing. Empty at start, so each tenant is looked
     * at once after a restart (its log may have grown on another instance or before a crash).
     */
    private final Set<String> settled = ConcurrentHashMap.newKeySet();

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
        settled.remove(log.tenant());
        long signed = log.latestHead().map(SignedTreeHead::size).orElse(0L);
        return size - signed >= policy.everyEvents() ? Optional.of(sign(log)) : Optional.empty();
    }

    /**
     * The head of the tree as it stands, for an auditor asking now: the latest head when it covers every leaf,
     * else a new one, signed on demand unless one was signed less than {@code minInterval} ago (then the latest
     * stays, a little behind). Empty only while the log has no leaf.
     */
    public Optional<SignedTreeHead> current(AuditLog log, Duration minInterval) {
        long size = log.size();
        Optional<SignedTreeHead> latest = log.latestHead();
        if (size == 0 || latest.isPresent() && latest.get().size() >= size) {
            return latest;
        }
        boolean recent = latest.isPresent()
                && clock.instant().isBefore(Instant.parse(latest.get().signedAt()).plus(minInterval));
        return recent ? latest : Optional.of(sign(log));
    }

    /** The timer's trigger: something new and either the count reached or the interval passed since the last head. */
    public Optional<SignedTreeHead> signIfDue(AuditLog log) {
        // Marked before reading: an append after the read clears the mark again, so no leaf is ever skipped.
        if (!settled.add(log.tenant())) {
            return Optional.empty();
        }
        long size = log.size();
        Optional<SignedTreeHead> latest = log.latestHead();
        long signed = latest.map(SignedTreeHead::size).orElse(0L);
        if (size <= signed) {
            return Optional.empty();
        }
        Instant last = latest.map(h -> Instant.parse(h.signedAt())).orElse(Instant.EPOCH);
        boolean due = size - signed >= policy.everyEvents() || !clock.instant().isBefore(last.plus(policy.every()));
        if (!due) {
            settled.remove(log.tenant());
            return Optional.empty();
        }
        return Optional.of(sign(log));
    }
}
