package cn.jixiao.command.testing;

import cn.jixiao.command.idempotency.IdempotentRequests;
import com.fasterxml.jackson.databind.ObjectMapper;

/** For controller tests whose requests carry no Idempotency-Key: the store is never asked. */
public final class NoIdempotencyStore {

    private NoIdempotencyStore() {
    }

    public static IdempotentRequests requests() {
        return new IdempotentRequests(tenant -> {
            throw new AssertionError("this test sends no Idempotency-Key");
        }, new ObjectMapper());
    }
}
