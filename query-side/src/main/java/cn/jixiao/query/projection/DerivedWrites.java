package cn.jixiao.query.projection;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.InsertOneOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;

/**
 * Writes of data that a crash may take back without harm: documents derived from events already durable (read
 * models, tokens, the audit tree, dead letters, snapshots), which the projections write again from the events when
 * a crash took their latest steps, and steps that a later durable write covers (the global-index allocator's
 * blocks). They carry the comment {@value #COMMENT}. MongoDB only logs a comment; the embedded default's durable
 * store answers such a write without waiting for its sync, and no read waits for it either: only what a client
 * was or will be told is written (events, idempotency records, tenants, keys) waits for the disk. Without the
 * comment a write is treated as such, so the safe default needs no marking.
 */
public final class DerivedWrites {

    public static final String COMMENT = "jixiao:derived";
    /**
     * Presence: which process is alive and what it runs (heartbeats, instance announcements), rewritten every few
     * seconds. A crash ends the process it speaks for, so the embedded store never commits such a write on its own:
     * the next commit of anything else carries it. An idle instance then commits nothing; every commit of the
     * embedded store walks all its maps (41 per tenant), about 60 ms with 300 tenants.
     */
    public static final String PRESENCE = "jixiao:presence";

    private DerivedWrites() {
    }

    public static InsertOneOptions insertOne() {
        return new InsertOneOptions().comment(COMMENT);
    }

    public static InsertManyOptions insertMany() {
        return new InsertManyOptions().comment(COMMENT);
    }

    /** An upsert of a presence document ({@link #PRESENCE}). */
    public static ReplaceOptions presence() {
        return new ReplaceOptions().comment(PRESENCE).upsert(true);
    }

    public static ReplaceOptions replace() {
        return new ReplaceOptions().comment(COMMENT);
    }

    public static UpdateOptions update() {
        return new UpdateOptions().comment(COMMENT);
    }

    public static BulkWriteOptions bulk() {
        return new BulkWriteOptions().comment(COMMENT);
    }
}
