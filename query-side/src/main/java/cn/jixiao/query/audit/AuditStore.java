package cn.jixiao.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit tree in the tenant's database: {@code audit_leaves} (level 0, keyed by leaf index, unique by event id),
 * {@code audit_nodes} (complete subtrees above the leaves, keyed {@code "level/index"}) and {@code audit_tree_heads}.
 */
final class AuditStore implements MerkleTree.NodeReader {

    static final String LEAVES = "audit_leaves";
    static final String NODES = "audit_nodes";
    static final String HEADS = "audit_tree_heads";

    private final MongoCollection<Document> leaves;
    private final MongoCollection<Document> nodes;
    private final MongoCollection<Document> heads;

    AuditStore(MongoDatabase database) {
        this.leaves = database.getCollection(LEAVES);
        this.nodes = database.getCollection(NODES);
        this.heads = database.getCollection(HEADS);
    }

    void ensureIndexes() {
        leaves.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
        heads.createIndex(Indexes.descending("size"));
    }

    /** The number of leaves: leaves are inserted densely, so the highest index plus one. */
    long size() {
        Document last = leaves.find().sort(Sorts.descending("_id")).limit(1).projection(new Document("_id", 1)).first();
        return last == null ? 0 : last.getLong("_id") + 1;
    }

    boolean contains(String eventId) {
        return leaves.find(Filters.eq("eventId", eventId)).projection(new Document("_id", 1)).first() != null;
    }

    Optional<StoredLeaf> leaf(String eventId) {
        return Optional.ofNullable(leaves.find(Filters.eq("eventId", eventId)).first()).map(AuditStore::toLeaf);
    }

    StoredLeaf leafAt(long index) {
        Document found = leaves.find(Filters.eq("_id", index)).first();
        return found == null ? null : toLeaf(found);
    }

    List<StoredLeaf> leaves(Collection<String> eventIds) {
        List<StoredLeaf> found = new ArrayList<>();
        leaves.find(Filters.in("eventId", eventIds)).forEach(d -> found.add(toLeaf(d)));
        return found;
    }

    /** Every leaf in index order; for the full verification only. */
    void forEachLeaf(Consumer<StoredLeaf> action) {
        leaves.find().sort(Sorts.ascending("_id")).forEach(d -> action.accept(toLeaf(d)));
    }

    /**
     * Writes a new leaf and the subtrees it completes. The nodes go first and are upserts, the leaf last: the
     * leaf is the commit point, so an append interrupted in between is simply redone when the event comes again.
     */
    void append(AuditEntry entry, List<MerkleTree.Node> completed) {
        MerkleTree.Node leaf = completed.get(0);
        for (MerkleTree.Node node : completed.subList(1, completed.size())) {
            nodes.replaceOne(Filters.eq("_id", nodeId(node.level(), node.index())),
                    new Document("_id", nodeId(node.level(), node.index()))
                            .append("level", node.level()).append("index", node.index()).append("hash", new Binary(node.hash())),
                    new ReplaceOptions().upsert(true));
        }
        leaves.insertOne(new Document("_id", leaf.index())
                .append("eventId", entry.eventId())
                .append("aggregateId", entry.aggregateId())
                .append("sequenceNumber", entry.sequenceNumber())
                .append("globalPosition", entry.globalPosition())
                .append("hash", new Binary(leaf.hash())));
    }

    @Override
    public byte[] node(int level, long index) {
        Document found = level == 0
                ? leaves.find(Filters.eq("_id", index)).first()
                : nodes.find(Filters.eq("_id", nodeId(level, index))).first();
        if (found == null) {
            throw new IllegalStateException("审计树缺少节点 " + nodeId(level, index));
        }
        return found.get("hash", Binary.class).getData();
    }

    Optional<SignedTreeHead> latestHead() {
        return Optional.ofNullable(heads.find().sort(Sorts.descending("size", "signedAt")).limit(1).first()).map(AuditStore::toHead);
    }

    Optional<SignedTreeHead> head(long size) {
        return Optional.ofNullable(heads.find(Filters.eq("size", size)).sort(Sorts.descending("signedAt")).limit(1).first()).map(AuditStore::toHead);
    }

    void save(SignedTreeHead head) {
        heads.insertOne(new Document("tenant", head.tenant())
                .append("size", head.size())
                .append("rootHash", head.rootHash())
                .append("signedAt", head.signedAt())
                .append("signature", head.signature())
                .append("keyId", head.keyId())
                .append("publicKey", head.publicKey()));
    }

    private static String nodeId(int level, long index) {
        return level + "/" + index;
    }

    private static StoredLeaf toLeaf(Document d) {
        return new StoredLeaf(d.getLong("_id"), d.getString("eventId"), d.getString("aggregateId"),
                d.getLong("sequenceNumber"), d.getLong("globalPosition"), d.get("hash", Binary.class).getData());
    }

    private static SignedTreeHead toHead(Document d) {
        return new SignedTreeHead(d.getString("tenant"), d.getLong("size"), d.getString("rootHash"), d.getString("signedAt"),
                d.getString("signature"), d.getString("keyId"), d.getString("publicKey"));
    }
}
