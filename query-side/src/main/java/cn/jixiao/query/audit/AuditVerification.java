package cn.jixiao.query.audit;

import cn.jixiao.query.TenantContext;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recomputes every leaf from the event store, in its global order, and compares it with the stored leaf of the
 * same event. Leaves are matched by event id, not by position, because a tracking processor may deliver an event
 * that filled a gap after later ones; moving an event in the global order is still caught, since the leaf covers
 * its global position. The recomputed leaves are then folded, in leaf order, into the root the latest signed
 * head claims: that check does not trust anything stored in the audit collections.
 *
 * <p>Events beyond what the projection has reached are counted as {@code pending}, not as mismatches.
 */
public final class AuditVerification {

    static final int BATCH = 500;
    /** Gap re-ordering is a handful of events; a larger backlog means leaves are missing, and the root check fails anyway. */
    static final int MAX_REORDER = 1 << 16;
    private static final int QUIET_SECONDS = 2;
    private static final HexFormat HEX = HexFormat.of();

    public record Mismatch(Long leafIndex, String eventId, String aggregateId, Long sequenceNumber, String reason) {
    }

    /**
     * {@code signatureValid}: the head's signature holds under the key recorded with it; {@code keyTrusted}: that key
     * is the one configured now (a head re-signed with a key of someone who can write the database fails here).
     */
    public record HeadCheck(long size, String rootHash, String keyId, boolean signatureValid, boolean keyTrusted,
                            boolean rootMatches) {
    }

    public record Result(boolean verified, long eventsChecked, long leavesChecked, long pending, long mismatches,
                         Mismatch firstMismatch, boolean storedTreeMatches, HeadCheck treeHead) {
    }

    private final AuditLog log;
    private final TenantContext ctx;
    private final long leafCount;
    private final long maxLeafPosition;
    private final Optional<SignedTreeHead> head;
    private final BitSet matched = new BitSet();
    private final TreeMap<Long, byte[]> reorder = new TreeMap<>();
    private final Frontier frontier = new Frontier();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private boolean reorderOverflow;
    private byte[] rootAtHead;
    private long eventsChecked;
    private long pending;

    private final String trustedKey;

    private AuditVerification(TenantContext ctx, AuditKeys keys) {
        this.ctx = ctx;
        this.trustedKey = keys.publicKeyBase64();
        this.log = AuditLog.of(ctx);
        this.head = log.latestHead();
        this.leafCount = log.size();
        this.maxLeafPosition = leafCount == 0 ? -1 : positionOf(leafCount - 1);
    }

    /** Verifies the tenant's log; {@code keys} is the configured signing key, the one a head must be signed with. */
    public static Result verify(TenantContext ctx, AuditKeys keys) {
        return new AuditVerification(ctx, keys).run();
    }

    private Result run() {
        readEventStore();
        findLeavesWithoutEvents();
        boolean storedTreeMatches = frontier.size() == leafCount && MessageDigest.isEqual(frontier.root(), log.root(leafCount));
        HeadCheck headCheck = head.map(this::checkHead).orElse(null);
        boolean verified = mismatches.isEmpty() && storedTreeMatches
                && (headCheck == null || headCheck.signatureValid() && headCheck.keyTrusted() && headCheck.rootMatches());
        return new Result(verified, eventsChecked, matched.cardinality(), pending, mismatches.size(),
                mismatches.isEmpty() ? null : mismatches.get(0), storedTreeMatches, headCheck);
    }

    private void readEventStore() {
        TrackingToken headToken = ctx.eventStore().createHeadToken();
        if (headToken == null) {
            return;
        }
        long last = headToken.position().orElse(Long.MAX_VALUE);
        List<AuditEntry> batch = new ArrayList<>(BATCH);
        try (BlockingStream<TrackedEventMessage<?>> stream = ctx.eventStore().openStream(null)) {
            while (stream.hasNextAvailable(QUIET_SECONDS, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                batch.add(AuditEntry.of(event));
                if (batch.size() == BATCH) {
                    check(batch);
                }
                if (event.trackingToken().covers(headToken) || event.trackingToken().position().orElse(-1) >= last) {
                    break;
                }
            }
            check(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("审计校验被中断", e);
        }
    }

    private void check(List<AuditEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, StoredLeaf> leaves = log.store().leaves(batch.stream().map(AuditEntry::eventId).toList()).stream()
                .collect(Collectors.toMap(StoredLeaf::eventId, Function.identity()));
        for (AuditEntry entry : batch) {
            eventsChecked++;
            check(entry, leaves.get(entry.eventId()));
        }
        batch.clear();
    }

    private void check(AuditEntry entry, StoredLeaf leaf) {
        if (leaf == null || leaf.index() >= leafCount) {
            boolean projectionHasPassedIt = entry.globalPosition() != null && entry.globalPosition() <= maxLeafPosition;
            if (leaf == null && projectionHasPassedIt) {
                mismatch(null, entry, "事件不在审计日志中：事件被插入，或其标识被改动");
            } else {
                pending++;
            }
            return;
        }
        if (matched.get((int) leaf.index())) {
            mismatch(leaf.index(), entry, "事件在事件库中重复出现");
            return;
        }
        matched.set((int) leaf.index());
        byte[] recomputed = entry.leafHash();
        if (!MessageDigest.isEqual(recomputed, leaf.hash())) {
            mismatch(leaf.index(), entry, "事件内容与审计日志不符：载荷、元数据、时间、类型、序号或位置被改动");
        }
        fold(leaf.index(), recomputed);
    }

    /** Feeds recomputed leaves to the frontier in leaf order, waiting for ones that the global order delivers later. */
    private void fold(long index, byte[] hash) {
        if (reorderOverflow) {
            return;
        }
        reorder.put(index, hash);
        while (!reorder.isEmpty() && reorder.firstKey() == frontier.size()) {
            frontier.append(reorder.pollFirstEntry().getValue());
            if (head.isPresent() && frontier.size() == head.get().size()) {
                rootAtHead = frontier.root();
            }
        }
        if (reorder.size() > MAX_REORDER) {
            reorderOverflow = true;
            reorder.clear();
        }
    }

    private void findLeavesWithoutEvents() {
        if (matched.cardinality() == leafCount) {
            return;
        }
        log.store().forEachLeaf(leaf -> {
            if (leaf.index() < leafCount && !matched.get((int) leaf.index())) {
                mismatches.add(new Mismatch(leaf.index(), leaf.eventId(), leaf.aggregateId(), leaf.sequenceNumber(),
                        "审计日志中的事件在事件库中已不存在"));
            }
        });
    }

    private HeadCheck checkHead(SignedTreeHead signed) {
        boolean signatureValid;
        try {
            signatureValid = AuditKeys.verify(AuditKeys.publicKey(signed.publicKey()), signed.signedContent(),
                    Base64.getDecoder().decode(signed.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            signatureValid = false;
        }
        byte[] recomputed = signed.size() == 0 ? MerkleTree.emptyRoot() : rootAtHead;
        boolean rootMatches = recomputed != null && HEX.formatHex(recomputed).equals(signed.rootHash());
        return new HeadCheck(signed.size(), signed.rootHash(), signed.keyId(), signatureValid,
                trustedKey.equals(signed.publicKey()), rootMatches);
    }

    private void mismatch(Long leafIndex, AuditEntry entry, String reason) {
        mismatches.add(new Mismatch(leafIndex, entry.eventId(), entry.aggregateId(), entry.sequenceNumber(), reason));
    }

    private long positionOf(long leafIndex) {
        StoredLeaf last = log.store().leafAt(leafIndex);
        return last == null || last.globalPosition() == null ? Long.MAX_VALUE : last.globalPosition();
    }
}
