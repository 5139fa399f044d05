package cn.jixiao.command.idempotency;

import cn.jixiao.command.CommandDatabases;
import cn.jixiao.command.web.InvalidInputException;
import cn.jixiao.kernel.actor.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * POSTs with an {@code Idempotency-Key}: the first request runs and its response is stored in the tenant's
 * {@code idempotency} collection as {@code {_id: actorId:key, requestHash, status, headers, body, createdAt}};
 * a repeat within 24 h gets that response again and sends no command. The same key with a different request
 * is a client bug, answered 422 (the request is well-formed but cannot be processed with that key, as the
 * IETF Idempotency-Key draft suggests); a repeat while the first is still running gets 409.
 * A failed request stores nothing, so the client may retry it with the same key.
 */
@Component
public final class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency";
    static final Duration WINDOW = Duration.ofHours(24);
    /** Response headers worth replaying: where the resource is and which version it has. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
    private static final int MAX_KEY_LENGTH = 255;
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentRequests.class);

    private final CommandDatabases databases;
    private final ObjectMapper json;
    private final Clock clock;
    private final Set<Object> indexedTenants = ConcurrentHashMap.newKeySet();

    /** For the application: the Boot ObjectMapper (only to fingerprint requests and store bodies) and UTC time. */
    @Autowired
    public IdempotentRequests(CommandDatabases databases, ObjectMapper json) {
        this(databases, json, Clock.systemUTC());
    }

    public IdempotentRequests(CommandDatabases databases, ObjectMapper json, Clock clock) {
        this.databases = databases;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code action} unless the same actor already sent this key within 24 h. {@code request} identifies
     * what was asked: the method and path and the body, hashed.
     */
    public Mono<ResponseEntity<?>> once(Actor actor, String key, String methodAndPath, Object body,
                                        Supplier<Mono<ResponseEntity<?>>> action) {
        if (key == null) {
            return action.get();
        }
        requireUsableKey(key);
        MongoCollection<Document> records = databases.database(actor.tenant()).getCollection(COLLECTION);
        String id = actor.id() + ":" + key;
        String hash = hash(methodAndPath, body);
        return blocking(() -> claim(indexed(actor, records), id, hash))
                .flatMap(stored -> stored.<Mono<ResponseEntity<?>>>map(doc -> Mono.just(replay(doc)))
                        .orElseGet(() -> runAndStore(records, id, action)));
    }

    /** Empty when this request may run (a pending record now holds the key), else the stored first response. */
    private Optional<Document> claim(MongoCollection<Document> records, String id, String hash) {
        Document existing = records.find(Filters.eq("_id", id)).first();
        if (existing != null && isExpired(existing)) {
            records.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("createdAt", existing.get("createdAt"))));
            existing = null;
        }
        if (existing == null) {
            try {
                records.insertOne(new Document("_id", id).append("requestHash", hash)
                        .append("createdAt", Date.from(clock.instant())));
                return Optional.empty();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                throw IdempotencyConflictException.inProgress();
            }
        }
        if (!hash.equals(existing.getString("requestHash"))) {
            throw IdempotencyConflictException.reused();
        }
        if (!existing.containsKey("status")) {
            throw IdempotencyConflictException.inProgress();
        }
        return Optional.of(existing);
    }

    private Mono<ResponseEntity<?>> runAndStore(MongoCollection<Document> records, String id,
                                                Supplier<Mono<ResponseEntity<?>>> action) {
        return Mono.defer(action)
                .<ResponseEntity<?>>flatMap(response -> blocking(() -> store(records, id, response)))
                .onErrorResume(error -> blocking(() -> records.deleteOne(Filters.eq("_id", id)))
                        .then(Mono.error(error)));
    }

    private ResponseEntity<?> store(MongoCollection<Document> records, String id, ResponseEntity<?> response) {
        Document headers = new Document();
        KEPT_HEADERS.forEach(name -> Optional.ofNullable(response.getHeaders().getFirst(name))
                .ifPresent(value -> headers.append(name, value)));
        Document body = response.getBody() == null ? null
                : new Document(json.convertValue(response.getBody(), Map.class));
        records.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("status", response.getStatusCode().value()),
                Updates.set("headers", headers), Updates.set("body", body)));
        return response;
    }

    private static ResponseEntity<?> replay(Document stored) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(stored.getInteger("status"));
        Document headers = stored.get("headers", Document.class);
        if (headers != null) {
            headers.forEach((name, value) -> builder.header(name, String.valueOf(value)));
        }
        builder.header("Idempotent-Replayed", "true");
        return builder.body(stored.get("body", Document.class));
    }

    private boolean isExpired(Document record) {
        Date createdAt = record.getDate("createdAt");
        return createdAt == null || createdAt.toInstant().plus(WINDOW).isBefore(clock.instant());
    }

    private MongoCollection<Document> indexed(Actor actor, MongoCollection<Document> records) {
        if (indexedTenants.add(actor.tenant())) {
            expireOldRecords(records);
        }
        return records;
    }

    /** The store forgets records a while after the window; correctness never depends on it (see isExpired). */
    private static void expireOldRecords(MongoCollection<Document> records) {
        try {
            records.createIndex(Indexes.ascending("createdAt"),
                    new IndexOptions().expireAfter(WINDOW.toHours() * 2, TimeUnit.HOURS));
        } catch (MongoException e) {
            LOG.warn("Could not create the TTL index on {}: {}", COLLECTION, e.getMessage());
        }
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
