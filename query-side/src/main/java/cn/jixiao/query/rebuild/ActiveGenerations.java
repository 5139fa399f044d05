package cn.jixiao.query.rebuild;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The generation pointer as this process last read it, per tenant database, so that neither a form read nor each
 * processor's batch reads it again (it was six of a command's forty-odd database calls). How old a copy may be
 * depends on who asks:
 * <ul>
 *   <li>readers, up to {@link #READERS_FRESH_NANOS}: a generation replaced by a rebuild is dropped only
 *       {@code dropDelay} (seconds) after the switch, so a reader a second late still finds it whole;</li>
 *   <li>live writers, up to {@link #WRITERS_FRESH_NANOS}: a rebuild waits that long after its claim before it
 *       starts ({@link ProjectionRebuilder}), so every batch written once the replay runs saw the claim and writes
 *       the new generation too, as when the pointer was read per batch.</li>
 * </ul>
 * A change made by this process is seen at once. Keyed by the database object (weakly): a tenant's runtime reads
 * through one, and a database object gone with its runtime takes its entry along.
 */
final class ActiveGenerations {

    static final long READERS_FRESH_NANOS = 1_000_000_000L;
    static final long WRITERS_FRESH_NANOS = 250_000_000L;

    private record Seen(Document pointer, long atNanos) {
    }

    private static final Map<MongoDatabase, Seen> SEEN = new WeakHashMap<>();

    private ActiveGenerations() {
    }

    /** The pointer, read again when the copy this process holds is older than {@code freshNanos}. */
    static Document pointer(MongoDatabase database, long freshNanos, Supplier<Document> read) {
        long now = System.nanoTime();
        Seen seen;
        synchronized (SEEN) {
            seen = SEEN.get(database);
        }
        if (seen != null && now - seen.atNanos() < freshNanos) {
            return seen.pointer();
        }
        Document pointer = read.get();
        synchronized (SEEN) {
            SEEN.put(database, new Seen(pointer, now));
        }
        return pointer;
    }

    /** After this process changed the pointer. */
    static void forget(MongoDatabase database) {
        synchronized (SEEN) {
            SEEN.remove(database);
        }
    }
}
