package cn.jixiao.command.idempotency;

import cn.jixiao.kernel.tenant.TenantId;

import java.time.Instant;
import java.util.Optional;

/**
 * Where first responses to keyed requests are kept, per tenant; deploy keeps them in the tenant's own database.
 * Records are found by their id alone ({@code actorId:key}), so every access is one key lookup.
 */
public interface IdempotencyRecords {

    Optional<IdempotencyRecord> find(TenantId tenant, String id);

    /** Creates a pending record; false when one already holds the id. Of two racing claims exactly one wins. */
    boolean claim(TenantId tenant, String id, String requestHash, Instant at);

    /** Stores the first response in the pending record. */
    void complete(TenantId tenant, String id, StoredResponse response);

    /** Removes the record, so a failed request may be retried with the same key. */
    void release(TenantId tenant, String id);

    /** Removes an expired record, but only the one created at {@code createdAt}: never a newer claim. */
    void forget(TenantId tenant, String id, Instant createdAt);
}
