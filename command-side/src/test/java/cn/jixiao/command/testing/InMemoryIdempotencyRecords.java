package cn.jixiao.command.testing;

import cn.jixiao.command.idempotency.IdempotencyRecord;
import cn.jixiao.command.idempotency.IdempotencyRecords;
import cn.jixiao.command.idempotency.StoredResponse;
import cn.jixiao.kernel.tenant.TenantId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency records in a map, with the port's "exactly one claim wins" from {@link Map#putIfAbsent}. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private final Map<String, IdempotencyRecord> records = new ConcurrentHashMap<>();

    @Override
    public Optional<IdempotencyRecord> find(TenantId tenant, String id) {
        return Optional.ofNullable(records.get(key(tenant, id)));
    }

    @Override
    public boolean claim(TenantId tenant, String id, String requestHash, Instant at) {
        return records.putIfAbsent(key(tenant, id), new IdempotencyRecord(requestHash, at, null)) == null;
    }

    @Override
    public void complete(TenantId tenant, String id, StoredResponse response) {
        records.computeIfPresent(key(tenant, id), (k, pending) ->
                new IdempotencyRecord(pending.requestHash(), pending.createdAt(), response));
    }

    @Override
    public void release(TenantId tenant, String id) {
        records.remove(key(tenant, id));
    }

    @Override
    public void forget(TenantId tenant, String id, Instant createdAt) {
        records.computeIfPresent(key(tenant, id), (k, record) -> createdAt.equals(record.createdAt()) ? null : record);
    }

    private static String key(TenantId tenant, String id) {
        return tenant.value() + "/" + id;
    }
}
