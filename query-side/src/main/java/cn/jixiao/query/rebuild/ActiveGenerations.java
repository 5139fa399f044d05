package cn.jixiao.query.rebuild;

import com.mongodb.client.MongoDatabase;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The active generation as readers last saw it, per tenant database, for up to {@link #FRESH_NANOS}: a form read is
 * then one key read instead of two. Safe because a generation replaced by a rebuild is dropped only
 * {@code dropDelay} (seconds) after the switch, so a reader up to a second late still finds it whole; a switch in
 * this process is seen at once. Writers never use it: they must see a rebuild start at once.
 * <p>
 * Keyed by the database object (weakly): a tenant's runtime reads through one, and a database object gone with its
 * runtime takes its entry along.
 */
final class ActiveGenerations {

    static final long FRESH_NANOS = 1_000_000_000L;

    private record Seen(CollectionNames active, long atNanos) {
    }

    private static final Map<MongoDatabase, Seen> SEEN = new WeakHashMap<>();

    private ActiveGenerations() {
    }

    static CollectionNames active(MongoDatabase database, Supplier<CollectionNames> read) {
        long now = System.nanoTime();
        Seen seen;
        synchronized (SEEN) {
            seen = SEEN.get(database);
        }
        if (seen != null && now - seen.atNanos() < FRESH_NANOS) {
            return seen.active();
        }
        CollectionNames active = read.get();
        synchronized (SEEN) {
            SEEN.put(database, new Seen(active, now));
        }
        return active;
    }

    /** After this process changed the pointer. */
    static void forget(MongoDatabase database) {
        synchronized (SEEN) {
            SEEN.remove(database);
        }
    }
}
