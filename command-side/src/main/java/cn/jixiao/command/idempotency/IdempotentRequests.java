package cn.jixiao.command.idempotency;

import cn.jixiao.command.web.InvalidInputException;
import cn.jixiao.command.web.WriteRequest;
import cn.jixiao.kernel.actor.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * POSTs with an {@code Idempotency-Key}: the first request runs and its response is kept in the tenant's
 * {@link IdempotencyRecords} under {@code actorId:key} with the request's fingerprint; a repeat within 24 h gets
 * that response again and sends no command. The same key with a different request is a client bug, answered 422
 * (the request is well-formed but cannot be processed with that key, as the IETF Idempotency-Key draft
 * suggests); a repeat while the first is still running gets 409. A failed request keeps nothing, so the client
 * may retry it with the same key.
 */
@Component
public final class IdempotentRequests {

    public static final String HEADER = WriteRequest.IDEMPOTENCY_KEY;
    /** How long a key holds its first response. */
    public static final Duration WINDOW = Duration.ofHours(24);
    /** Response headers worth replaying: where the resource is and which version it has. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyRecords records;
    private final ObjectMapper json;
    private final Clock clock;

    /** For the application: the Boot ObjectMapper (only to fingerprint requests and keep bodies) and UTC time. */
    @Autowired
    public IdempotentRequests(IdempotencyRecords records, ObjectMapper json) {
        this(records, json, Clock.systemUTC());
    }

    public IdempotentRequests(IdempotencyRecords records, ObjectMapper json, Clock clock) {
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code action} unless the same actor already sent the request's key within 24 h; the fingerprint is the
     * tenant, the request's method and path, and the body.
     */
    public Mono<ResponseEntity<?>> once(Actor actor, WriteRequest request, Object body,
                                        Supplier<Mono<ResponseEntity<?>>> action) {
        return once(actor, request.idempotencyKey(), actor.tenant() + " " + request.methodAndPath(), body, action);
    }

    /**
     * Runs {@code action} unless the same actor already sent this key within 24 h. {@code methodAndPath} and
     * {@code body} identify what was asked; they are hashed.
     */
    public Mono<ResponseEntity<?>> once(Actor actor, String key, String methodAndPath, Object body,
                                        Supplier<Mono<ResponseEntity<?>>> action) {
        if (key == null) {
            return action.get();
        }
        requireUsableKey(key);
        Claim claim = new Claim(actor, actor.id() + ":" + key, hash(methodAndPath, body));
        return blocking(claim::take)
                .flatMap(first -> first.<Mono<ResponseEntity<?>>>map(stored -> Mono.just(replay(stored)))
                        .orElseGet(() -> claim.runAndKeep(action)));
    }

    /** One keyed request of one actor. */
    private final class Claim {

        private final Actor actor;
        private final String id;
        private final String hash;

        Claim(Actor actor, String id, String hash) {
            this.actor = actor;
            this.id = id;
            this.hash = hash;
        }

        /** Empty when this request may run (a pending record now holds the key), else the first response. */
        Optional<StoredResponse> take() {
            Optional<IdempotencyRecord> existing = records.find(actor.tenant(), id);
            if (existing.isPresent() && isExpired(existing.get())) {
                records.forget(actor.tenant(), id, existing.get().createdAt());
                existing = Optional.empty();
            }
            if (existing.isEmpty()) {
                if (!records.claim(actor.tenant(), id, hash, clock.instant())) {
                    throw IdempotencyConflictException.inProgress();
                }
                return Optional.empty();
            }
            if (!hash.equals(existing.get().requestHash())) {
                throw IdempotencyConflictException.reused();
            }
            if (existing.get().pending()) {
                throw IdempotencyConflictException.inProgress();
            }
            return Optional.of(existing.get().response());
        }

        Mono<ResponseEntity<?>> runAndKeep(Supplier<Mono<ResponseEntity<?>>> action) {
            return Mono.defer(action)
                    .<ResponseEntity<?>>flatMap(response -> blocking(() -> keep(response)))
                    .onErrorResume(error -> blocking(() -> {
                        records.release(actor.tenant(), id);
                        return true;
                    }).then(Mono.error(error)));
        }

        private ResponseEntity<?> keep(ResponseEntity<?> response) {
            Map<String, String> headers = new LinkedHashMap<>();
            KEPT_HEADERS.forEach(name -> Optional.ofNullable(response.getHeaders().getFirst(name))
                    .ifPresent(value -> headers.put(name, value)));
            @SuppressWarnings("unchecked")
            Map<String, Object> body = response.getBody() == null ? null : json.convertValue(response.getBody(), Map.class);
            records.complete(actor.tenant(), id, new StoredResponse(response.getStatusCode().value(), headers, body));
            return response;
        }
    }

    private static ResponseEntity<?> replay(StoredResponse stored) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(stored.status());
        stored.headers().forEach(builder::header);
        builder.header("Idempotent-Replayed", "true");
        return builder.body(stored.body());
    }

    private boolean isExpired(IdempotencyRecord record) {
        return record.createdAt() == null || record.createdAt().plus(WINDOW).isBefore(clock.instant());
    }

    private String hash(String methodAndPath, Object body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(methodAndPath.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private static void requireUsableKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.of(HEADER, "IDEMPOTENCY_KEY_INVALID",
                    "Idempotency-Key 须为 1 到 " + MAX_KEY_LENGTH + " 个字符");
        }
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
