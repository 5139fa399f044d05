package cn.jixiao.query.audit;

import cn.jixiao.query.TenantContext;
import cn.jixiao.web.ApiProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One tenant's tamper-evident log: appends leaves, computes roots and proofs from the stored tree. */
public final class AuditLog {

    private static final HexFormat HEX = HexFormat.of();

    private final String tenant;
    private final AuditStore store;
    private final MerkleTree tree;

    AuditLog(String tenant, AuditStore store) {
        this.tenant = tenant;
        this.store = store;
        this.tree = new MerkleTree(store);
    }

    public static AuditLog of(TenantContext ctx) {
        return new AuditLog(ctx.tenant().value(), new AuditStore(ctx.database()));
    }

    String tenant() {
        return tenant;
    }

    AuditStore store() {
        return store;
    }

    /** Appends the entry as the next leaf unless its event already has one; true when appended. */
    public boolean append(AuditEntry entry) {
        return append(List.of(entry)).leaves() > 0;
    }

    /** What an append did: the leaves it added, and the log's committed size after it (0 leaves: size unknown, -1). */
    public record Appended(int leaves, long size) {
    }

    /**
     * Appends the entries, in order, as the next leaves, skipping events that already have one; says how many were
     * appended and the size after them. One read finds the events already in the log, the subtrees the batch
     * completes are computed in memory (reading only left siblings from before the batch), then the nodes, the
     * leaves and last the size are written: the size is the commit point, and an append interrupted before it is
     * completed when the events come again.
     */
    public Appended append(List<AuditEntry> entries) {
        Set<String> present = store.containing(entries.stream().map(AuditEntry::eventId).toList());
        List<AuditEntry> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>(present);
        for (AuditEntry entry : entries) {
            if (seen.add(entry.eventId())) {
                fresh.add(entry);
            }
        }
        if (fresh.isEmpty()) {
            return new Appended(0, -1);
        }
        long index = store.sizeForAppend();
        Map<String, byte[]> written = new HashMap<>();
        MerkleTree batchTree = new MerkleTree((level, i) -> {
            byte[] hash = written.get(level + "/" + i);
            return hash != null ? hash : store.node(level, i);
        });
        List<MerkleTree.Node> leaves = new ArrayList<>();
        List<MerkleTree.Node> interior = new ArrayList<>();
        for (AuditEntry entry : fresh) {
            List<MerkleTree.Node> completed = batchTree.completedBy(index++, entry.leafHash());
            completed.forEach(node -> written.put(node.level() + "/" + node.index(), node.hash()));
            leaves.add(completed.get(0));
            interior.addAll(completed.subList(1, completed.size()));
        }
        store.append(fresh, leaves, interior);
        store.commitSize(index);
        return new Appended(fresh.size(), index);
    }

    public long size() {
        return store.size();
    }

    public byte[] root(long size) {
        return tree.root(size);
    }

    public Optional<SignedTreeHead> latestHead() {
        return store.latestHead();
    }

    public Optional<SignedTreeHead> head(long size) {
        return store.head(size);
    }

    void save(SignedTreeHead head) {
        store.save(head);
    }

    /** Proof that the event's leaf is in the tree of {@code treeSize} leaves (default: the latest signed head). */
    public InclusionProof inclusion(String eventId, Long treeSize) {
        if (eventId == null || eventId.isBlank()) {
            throw ApiProblem.invalid("eventId", "EVENT_ID_REQUIRED", "请给出事件标识 eventId");
        }
        StoredLeaf leaf = store.leaf(eventId).orElseThrow(() -> ApiProblem.notFound("审计日志中没有事件 " + eventId));
        long size = treeSize != null ? treeSize : latestHead().map(SignedTreeHead::size)
                .orElseThrow(() -> ApiProblem.invalid("treeSize", "TREE_SIZE_REQUIRED", "尚无签名树头，请给出树大小 treeSize"));
        checkSize("treeSize", size, 1);
        if (leaf.index() >= size) {
            throw ApiProblem.invalid("treeSize", "EVENT_AFTER_TREE_SIZE",
                    "事件 " + eventId + " 是第 " + (leaf.index() + 1) + " 片叶子，不在大小为 " + size + " 的树中");
        }
        return new InclusionProof(eventId, leaf.index(), size, HEX.formatHex(leaf.hash()), hex(tree.inclusionPath(leaf.index(), size)));
    }

    /** Proof that the tree of {@code from} leaves is a prefix of the tree of {@code to} leaves. */
    public ConsistencyProof consistency(long from, long to) {
        checkSize("from", from, 1);
        checkSize("to", to, from);
        return new ConsistencyProof(from, to, hex(tree.consistencyPath(from, to)));
    }

    private void checkSize(String field, long size, long min) {
        long current = size();
        if (size < min || size > current) {
            throw ApiProblem.invalid(field, "TREE_SIZE_OUT_OF_RANGE",
                    field + " 须在 " + min + " 与当前树大小 " + current + " 之间，实际为 " + size);
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
