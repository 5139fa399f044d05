package cn.jixiao.query.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * One event as a leaf of the tenant's audit tree: the canonical bytes the leaf hash covers
 * ({@code leaf hash = SHA-256(0x00 || canonical)}, RFC 9162 §2.1.1).
 *
 * <p>The canonical encoding is the {@link CanonicalJson} text of this object (keys sorted, shown here in order):
 * <pre>
 * {"aggregateId":"…","encoding":"jixiao-audit-leaf/1","eventId":"…","globalPosition":17,
 *  "metadata":{"actorId":"…",…},"payload":{…},"sequenceNumber":3,
 *  "timestamp":"2026-11-26T15:02:59.123Z","type":{"name":"cn.jixiao.kernel.declaration.GoalAddedEvent","revision":"1"}}
 * </pre>
 * <ul>
 *   <li>{@code payload} and {@code metadata}: the deserialized objects written as JSON by a fixed mapper (records by
 *       their fields, never by derived accessors; typed ids and amounts by their {@code @JsonValue}, enums by name or
 *       {@code @JsonValue}, instants as ISO-8601), then canonicalized. So the leaf attests what the application reads, whatever the storage serializer.</li>
 *   <li>{@code type}: the payload class and its {@code @Revision} (null when none).</li>
 *   <li>{@code timestamp}: UTC, cut to milliseconds (what MongoDB keeps), always three fraction digits.</li>
 *   <li>{@code globalPosition}: the event's position in the tenant's stream (its tracking token), so that moving
 *       an event in the global order changes its leaf; null for a message outside a stream.</li>
 *   <li>{@code aggregateId}, {@code sequenceNumber}: null for an event that is not a domain event.</li>
 * </ul>
 * Changing any of this changes every leaf hash: bump {@link #ENCODING} and keep the old encoder for old leaves.
 */
public record AuditEntry(String eventId, String aggregateId, Long sequenceNumber, Long globalPosition, byte[] canonical) {

    public static final String ENCODING = "jixiao-audit-leaf/1";

    private static final ObjectMapper MAPPER = canonicalMapper();
    private static final RevisionResolver REVISIONS = new AnnotationRevisionResolver();
    static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public static AuditEntry of(EventMessage<?> event) {
        return of(event, null);
    }

    /** With the event's own global position as the store keeps it (null: the position of its tracking token). */
    public static AuditEntry of(EventMessage<?> event, Long globalPosition) {
        String aggregateId = null;
        Long sequenceNumber = null;
        if (event instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequenceNumber = domain.getSequenceNumber();
        }
        Long position = globalPosition != null ? globalPosition
                : event instanceof TrackedEventMessage<?> tracked ? position(tracked.trackingToken()) : null;

        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("encoding", ENCODING);
        entry.put("eventId", event.getIdentifier());
        entry.put("aggregateId", aggregateId);
        entry.put("sequenceNumber", sequenceNumber);
        entry.put("globalPosition", position);
        entry.put("timestamp", timestamp(event.getTimestamp()));
        ObjectNode type = entry.putObject("type");
        type.put("name", event.getPayloadType().getName());
        type.put("revision", REVISIONS.revisionOf(event.getPayloadType()));
        entry.set("payload", MAPPER.valueToTree(event.getPayload()));
        entry.set("metadata", MAPPER.valueToTree(event.getMetaData()));
        return new AuditEntry(event.getIdentifier(), aggregateId, sequenceNumber, position, CanonicalJson.bytes(entry));
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(canonical);
    }

    static String timestamp(Instant instant) {
        return MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static Long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }

    private static ObjectMapper canonicalMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // Fields only: a derived accessor added to an event class later must not change old leaves.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .build();
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        return mapper;
    }
}
