package cn.jixiao.query.audit;

import cn.jixiao.query.projection.DerivedWrites;
import cn.jixiao.query.projection.KeyedWrites;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit tree in the tenant's database: {@code audit_leaves} (level 0, keyed by leaf index, unique by event id),
 * {@code audit_nodes} (complete subtrees above the leaves, keyed {@code "level/index"}), {@code audit_tree_heads}
 * (keyed by tree size) and {@code audit_state}: the committed size of the log and its latest head, small documents
 * read by {@code _id}, so that neither an append nor a reader ever scans or sorts the log.
 */
final class AuditStore implements MerkleTree.NodeReader {

    static final String LEAVES = "audit_leaves";
    static final String NODES = "audit_nodes";
    static final String HEADS = "audit_tree_heads";
    static final String STATE = "audit_state";
    private static final String SIZE = "size";
    private static final String LATEST_HEAD = "latestHead";

    private final MongoCollection<Document> leaves;
    private final MongoCollection<Document> nodes;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> state;

    AuditStore(MongoDatabase database) {
        this.leaves = database.getCollection(LEAVES);
        this.nodes = database.getCollection(NODES);
        this.heads = database.getCollection(HEADS);
        this.state = database.getCollection(STATE);
    }

    /** Indexes, and the state documents of a log that has none yet (a new one, or one from before them). */
    void ensureIndexes() {
        leaves.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
        KeyedWrites.ensureVersionKey(state, "size");
        size();
        latestHead();
    }

    /** The number of committed leaves, from the state document (a log from before it: counted once, then kept). */
    long size() {
        Document stored = state.find(new Document("_id", SIZE)).first();
        if (stored != null) {
            return stored.get("value", Number.class).longValue();
        }
        Document last = leaves.find().sort(Sorts.descending("_id")).limit(1).projection(new Document("_id", 1)).first();
        long counted = last == null ? 0 : last.getLong("_id") + 1;
        commitSize(counted);
        return counted;
    }

    /**
     * The size an append continues from: the committed size, plus any leaves an interrupted append wrote after it
     * (found by key, one past the other; normally none).
     */
    long sizeForAppend() {
        long size = size();
        while (leaves.find(new Document("_id", size)).projection(new Document("_id", 1)).first() != null) {
            size++;
        }
        return size;
    }

    /** Which of these events already have a leaf: one read on the unique event id index. */
    Set<String> containing(Collection<String> eventIds) {
        Set<String> found = new HashSet<>();
        if (!eventIds.isEmpty()) {
            leaves.find(new Document("eventId", new Document("$in", List.copyOf(eventIds))))
                    .projection(new Document("eventId", 1)).forEach(d -> found.add(d.getString("eventId")));
        }
        return found;
    }

    /** The commit point of a batch of appends: readers see the leaves up to here. */
    void commitSize(long size) {
        state.replaceOne(new Document("_id", SIZE), new Document("_id", SIZE).append("value", size),
                DerivedWrites.replace().upsert(true));
    }

    Optional<StoredLeaf> leaf(String eventId) {
        return Optional.ofNullable(leaves.find(Filters.eq("eventId", eventId)).first()).map(AuditStore::toLeaf);
    }

    StoredLeaf leafAt(long index) {
        Document found = leaves.find(new Document("_id", index)).first();
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
    void append(List<AuditEntry> entries, List<MerkleTree.Node> leafNodes, List<MerkleTree.Node> interior) {
        List<ReplaceOneModel<Document>> upserts = new ArrayList<>(interior.size());
        for (MerkleTree.Node node : interior) {
            upserts.add(new ReplaceOneModel<>(new Document("_id", nodeId(node.level(), node.index())),
                    new Document("_id", nodeId(node.level(), node.index()))
                            .append("level", node.level()).append("index", node.index()).append("hash", new Binary(node.hash())),
                    new ReplaceOptions().upsert(true)));
        }
        if (!upserts.isEmpty()) {
            nodes.bulkWrite(upserts, DerivedWrites.bulk());
        }
        List<Document> documents = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            MerkleTree.Node leaf = leafNodes.get(i);
            documents.add(new Document("_id", leaf.index())
                    .append("eventId", entry.eventId())
                    .append("aggregateId", entry.aggregateId())
                    .append("sequenceNumber", entry.sequenceNumber())
                    .append("globalPosition", entry.globalPosition())
                    .append("hash", new Binary(leaf.hash())));
        }
        if (!documents.isEmpty()) {
            leaves.insertMany(documents, DerivedWrites.insertMany());
        }
    }

    @Override
    public byte[] node(int level, long index) {
        Document found = level == 0
                ? leaves.find(new Document("_id", index)).first()
                : nodes.find(new Document("_id", nodeId(level, index))).first();
        if (found == null) {
            throw new IllegalStateException("审计树缺少节点 " + nodeId(level, index));
        }
        return found.get("hash", Binary.class).getData();
    }

    /** The latest head, from the state document (a log from before it: found once, then kept). */
    Optional<SignedTreeHead> latestHead() {
        Document latest = state.find(new Document("_id", LATEST_HEAD)).first();
        if (latest != null) {
            return latest.get("size", Number.class).longValue() < 0 ? Optional.empty() : Optional.of(toHead(latest));
        }
        Optional<SignedTreeHead> found = Optional.ofNullable(heads.find().sort(Sorts.descending("size", "signedAt"))
                .limit(1).first()).map(AuditStore::toHead);
        if (found.isPresent()) {
            keepLatest(found.get());
        } else {
            // "no head yet", so that the next reader need not look again
            KeyedWrites.replaceIfNewer(state, LATEST_HEAD, "size", -1,
                    new Document("_id", LATEST_HEAD).append("size", -1L), null);
        }
        return found;
    }

    /** The head signed at {@code size}, by key (a head signed before heads were keyed by size: looked for by field). */
    Optional<SignedTreeHead> head(long size) {
        Document keyed = heads.find(new Document("_id", size)).first();
        if (keyed != null) {
            return Optional.of(toHead(keyed));
        }
        return Optional.ofNullable(heads.find(Filters.eq("size", size)).sort(Sorts.descending("signedAt")).limit(1)
                .first()).map(AuditStore::toHead);
    }

    /** One head per size, the first signed; the latest head moves forward only. */
    void save(SignedTreeHead head) {
        try {
            // not a derived write: a signed head is what an auditor is handed, and the tree it signs must never be
            // taken back (replayed after a crash, a gap filled late could order the leaves differently)
            heads.insertOne(headDocument(head).append("_id", head.size()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        keepLatest(head);
    }

    private void keepLatest(SignedTreeHead head) {
        KeyedWrites.replaceIfNewer(state, LATEST_HEAD, "size", head.size(),
                headDocument(head).append("_id", LATEST_HEAD), null);
    }

    private static Document headDocument(SignedTreeHead head) {
        return new Document("tenant", head.tenant())
                .append("size", head.size())
                .append("rootHash", head.rootHash())
                .append("signedAt", head.signedAt())
                .append("signature", head.signature())
                .append("keyId", head.keyId())
                .append("publicKey", head.publicKey());
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
