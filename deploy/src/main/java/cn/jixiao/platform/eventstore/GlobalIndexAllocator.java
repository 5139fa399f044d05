package cn.jixiao.platform.eventstore;

import cn.jixiao.query.projection.DerivedWrites;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;

import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.eq;

/**
 * Hands out contiguous, never overlapping blocks of global indexes, using nothing but the atomicity of a single
 * insert against the unique {@code _id} index.
 * <p>
 * Why not one {@code findOneAndUpdate($inc)} on a counter: it is atomic on MongoDB but NOT on mongo-java-server,
 * whose findAndModify is an unsynchronised read-modify-write; under concurrent writers it handed out the same
 * indexes twice. Instead every block is a document {@code {_id: first, last: last}} in {@code eventsequence}, and a
 * block always starts right after an existing block (or at the lowest index). Since {@code _id} is unique, a block
 * has at most one successor, so blocks form a gap-free chain that can never overlap: a writer whose idea of the end
 * is stale collides with the successor, follows the chain and tries again.
 * <p>
 * To keep collisions rare the end of the chain is cached per engine and shared through a hint document
 * {@code {_id: "globalIndex", value: <last of some block>}} raised with {@code $max} (on the first of every 16
 * allocations and after a collision). The hint only ever names the
 * end of some block, so even a stale or lost update of it is harmless.
 */
final class GlobalIndexAllocator {

    static final String HINT_ID = "globalIndex";
    static final String HINT_VALUE = "value";
    static final String LAST = "last";

    private final MongoCollection<Document> sequence;
    private final long lowestGlobalSequence;
    /** Publishing the end on every append would cost a round trip each; stale hints only cost a short chain walk. */
    private static final int PUBLISH_EVERY = 16;

    private final AtomicLong knownEnd = new AtomicLong(-1);
    private final AtomicLong allocations = new AtomicLong();

    GlobalIndexAllocator(MongoCollection<Document> sequence, long lowestGlobalSequence) {
        this.sequence = sequence;
        this.lowestGlobalSequence = lowestGlobalSequence;
    }

    /** Reserves {@code count} consecutive global indexes and returns the first. */
    long allocate(int count) {
        try {
            long end = knownEnd.get() < 0 ? sharedHint() : knownEnd.get();
            boolean collided = false;
            while (true) {
                long first = end + 1;
                long last = end + count;
                // derived: the events' insert that follows is synced and covers the block; a block whose events
                // never came is a gap either way
                if (MongoDuplicateKeyResolver.insertIfAbsent(sequence, new Document("_id", first).append(LAST, last),
                        DerivedWrites.insertOne())) {
                    knownEnd.accumulateAndGet(last, Math::max);
                    if (collided || allocations.incrementAndGet() % PUBLISH_EVERY == 1) {
                        sequence.updateOne(eq("_id", HINT_ID), Updates.max(HINT_VALUE, last),
                                           DerivedWrites.update().upsert(true));
                    }
                    return first;
                }
                collided = true;
                end = endOfChainFrom(first);
            }
        } catch (MongoException e) {
            throw new EventStoreException("Could not reserve " + count + " global indexes", e);
        }
    }

    /**
     * The end of the chain as this engine last saw it, without a read (read once if it never saw one): no index
     * above it holds an event this engine's appends or its last {@link #reservedEnd()} could know of.
     */
    long knownEnd() {
        long known = knownEnd.get();
        return known < 0 ? reservedEnd() : known;
    }

    /**
     * The last index reserved by anyone so far, found by key reads along the chain from the end this engine knows
     * (one read when nothing new was reserved). Readers use it to tell "nothing new" from "a window of holes", and
     * to notice appends made by other instances.
     */
    long reservedEnd() {
        try {
            long known = knownEnd.get();
            long end = followChain(known < 0 ? sharedHint() : known);
            knownEnd.accumulateAndGet(end, Math::max);
            return end;
        } catch (MongoException e) {
            throw new EventStoreException("Could not read the end of the global index", e);
        }
    }

    /** Follows the chain from the block starting at {@code first} (which exists) to its current end. */
    private long endOfChainFrom(long first) {
        return followChain(Math.max(blockLast(first), sharedHint()));
    }

    private long followChain(long end) {
        Document next;
        while ((next = sequence.find(eq("_id", end + 1)).first()) != null) {
            end = ((Number) next.get(LAST)).longValue();
        }
        return end;
    }

    private long blockLast(long first) {
        Document block = sequence.find(eq("_id", first)).first();
        return block == null ? first - 1 : ((Number) block.get(LAST)).longValue();
    }

    private long sharedHint() {
        Document hint = sequence.find(eq("_id", HINT_ID)).first();
        long value = hint == null ? lowestGlobalSequence - 1 : ((Number) hint.get(HINT_VALUE)).longValue();
        return Math.max(value, lowestGlobalSequence - 1);
    }
}
