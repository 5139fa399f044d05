package cn.jixiao.command.idempotency;

import java.time.Instant;

/** What a key holds: the fingerprint of the request that claimed it, when, and its response once it has one. */
public record IdempotencyRecord(String requestHash, Instant createdAt, StoredResponse response) {

    /** The first request is still running. */
    public boolean pending() {
        return response == null;
    }
}
