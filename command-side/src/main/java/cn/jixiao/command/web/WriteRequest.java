package cn.jixiao.command.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * What a write request says besides its body, resolved once for every write endpoint (a parameter of this type,
 * see {@link WriteRequestResolver}): the version it expects ({@code If-Match}), its {@code Idempotency-Key}, and
 * what it asks (method and path), from which the idempotency fingerprint is derived.
 */
public record WriteRequest(String ifMatch, String idempotencyKey, String method, String path) {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    public static WriteRequest of(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        return new WriteRequest(headers.getFirst(HttpHeaders.IF_MATCH), headers.getFirst(IDEMPOTENCY_KEY),
                request.getMethod().name(), request.getPath().pathWithinApplication().value());
    }

    /**
     * The last sequence number the write expects, or null when it asks for no check. Read only where the endpoint
     * is conditional, so a header an endpoint does not take is not judged.
     */
    public Long expectedVersion() {
        return Versions.expectedVersion(ifMatch);
    }

    /** Method and path, as the request named them: {@code POST /api/v1/declarations/d-1/goals}. */
    public String methodAndPath() {
        return method + " " + path;
    }
}
