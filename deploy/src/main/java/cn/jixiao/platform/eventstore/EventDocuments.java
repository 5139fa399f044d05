package cn.jixiao.platform.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * Maps events and snapshots to and from their MongoDB documents. Payload and metadata are stored as the exact
 * serialized strings (e.g. Jackson JSON), so an audit can recompute hashes over what was written.
 */
final class EventDocuments {

    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String TYPE = "type";
    static final String TIME_STAMP = "timeStamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String GLOBAL_INDEX = "globalIndex";
    /**
     * {@code "<aggregateIdentifier>/<sequenceNumber>"}: one single-field unique key per event, so an aggregate is
     * read as {@code $in} over the keys of its next sequence numbers, which every backend serves from the index
     * (mongo-java-server serves no range and no operator on a compound index). The last '/' separates the
     * sequence number, so the key is unique whatever the aggregate identifier contains.
     */
    static final String AGGREGATE_SEQ = "aggregateSeq";

    /**
     * Fixed-width ISO-8601 (always nine fraction digits) so that string order equals time order, which
     * {@code createTokenAt} relies on, and so the instant round-trips without losing precision.
     */
    private static final DateTimeFormatter TIME_STAMP_FORMAT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

    private EventDocuments() {
    }

    static String formatTimeStamp(Instant instant) {
        return TIME_STAMP_FORMAT.format(instant);
    }

    static Document toDocument(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new Document(EVENT_IDENTIFIER, event.getIdentifier())
                .append(AGGREGATE_IDENTIFIER, event.getAggregateIdentifier())
                .append(SEQUENCE_NUMBER, event.getSequenceNumber())
                .append(AGGREGATE_SEQ, aggregateSeq(event.getAggregateIdentifier(), event.getSequenceNumber()))
                .append(TYPE, event.getType())
                .append(TIME_STAMP, formatTimeStamp(event.getTimestamp()))
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    static DomainEventData<String> toEventData(Document document) {
        return new GenericDomainEventEntry<>(
                document.getString(TYPE),
                document.getString(AGGREGATE_IDENTIFIER),
                ((Number) document.get(SEQUENCE_NUMBER)).longValue(),
                document.getString(EVENT_IDENTIFIER),
                document.getString(TIME_STAMP),
                document.getString(PAYLOAD_TYPE),
                document.getString(PAYLOAD_REVISION),
                document.getString(PAYLOAD),
                document.getString(META_DATA));
    }

    static String aggregateSeq(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "/" + sequenceNumber;
    }

    static long sequenceNumber(Document document) {
        return ((Number) document.get(SEQUENCE_NUMBER)).longValue();
    }

    static long globalIndex(Document document) {
        return ((Number) document.get(GLOBAL_INDEX)).longValue();
    }
}
