package cn.jixiao.command.testing;

import cn.jixiao.command.idempotency.IdempotencyRecord;
import cn.jixiao.command.idempotency.IdempotencyRecords;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.command.idempotency.StoredResponse;
import cn.jixiao.kernel.tenant.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.Optional;

/** For controller tests whose requests carry no Idempotency-Key: the store is never asked. */
public final class NoIdempotencyStore implements IdempotencyRecords {

    private NoIdempotencyStore() {
    }

    public static IdempotentRequests requests() {
        return new IdempotentRequests(new NoIdempotencyStore(), new ObjectMapper());
    }

    @Override
    public Optional<IdempotencyRecord> find(TenantId tenant, String id) {
        throw unexpected();
    }

    @Override
    public boolean claim(TenantId tenant, String id, String requestHash, Instant at) {
        throw unexpected();
    }

    @Override
    public void complete(TenantId tenant, String id, StoredResponse response) {
        throw unexpected();
    }

    @Override
    public void release(TenantId tenant, String id) {
        throw unexpected();
    }

    @Override
    public void forget(TenantId tenant, String id, Instant createdAt) {
        throw unexpected();
    }

    private static AssertionError unexpected() {
        return new AssertionError("this test sends no Idempotency-Key");
    }
}
