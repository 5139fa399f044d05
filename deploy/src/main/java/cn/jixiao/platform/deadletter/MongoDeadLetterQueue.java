package cn.jixiao.platform.deadletter;

import cn.jixiao.query.projection.KeyedWrites;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;

/**
 * The dead letters of one processing group of one tenant, in the tenant's database: Axon's sequenced dead-letter
 * queue kept in MongoDB (Axon has one for JPA and JDBC only). A sequence is one declaration's stream (the group's
 * sequencing policy decides); while it holds letters, every later event of the declaration joins it, in order.
 *
 * <p>Two collections, every access by key: {@code dead_letter_sequences} ({@code _id} = group and sequence; the
 * positions {@code head} and {@code tail} of its letters) and {@code dead_letters} ({@code _id} = group, sequence and
 * index; a sequence's letters are read with one {@code $in} on their ids). A letter keeps only where its event is
 * (aggregate and sequence number) and why it was parked: the event is read back from the event store when it is
 * retried, so a letter is small whatever its event holds, and it is upcast like any other read.
 *
 * <p>Only the listing for operators (and counts) reads all sequences of the group: bounded by the declarations
 * parked, never by events. Changes of one queue are serialized in this instance; the processor that owns a
 * declaration's segment is the one that parks it.
 */
public final class MongoDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    static final String SEQUENCES = "dead_letter_sequences";
    static final String LETTERS = "dead_letters";
    private static final int READ_CHUNK = 100;

    private final String group;
    private final MongoCollection<Document> sequences;
    private final MongoCollection<Document> letters;
    private final EventStore eventStore;
    private final Clock clock;
    /** Sequences being retried on this instance: one retry at a time per sequence. */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();

    public MongoDeadLetterQueue(MongoDatabase database, String group, EventStore eventStore, Clock clock) {
        this.group = group;
        this.sequences = database.getCollection(SEQUENCES);
        this.letters = database.getCollection(LETTERS);
        this.eventStore = eventStore;
        this.clock = clock;
        sequences.createIndex(Indexes.ascending("group"));
        letters.createIndex(Indexes.ascending("group"));
    }

    public String group() {
        return group;
    }

    @Override
    public synchronized void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter) {
        String sequence = sequenceIdentifier.toString();
        if (!(letter.message() instanceof DomainEventMessage<?> event)) {
            throw new IllegalArgumentException("只有领域事件可以暂存: " + letter.message().getIdentifier());
        }
        Document stored = sequences.find(new Document("_id", sequenceKey(sequence))).first();
        long index = stored == null ? 0 : stored.getLong("tail");
        Instant now = clock.instant();
        Document document = new Document("_id", letterKey(sequence, index))
                .append("group", group).append("sequence", sequence).append("index", index)
                .append("eventId", event.getIdentifier())
                .append("aggregateId", event.getAggregateIdentifier())
                .append("eventSequence", event.getSequenceNumber())
                .append("eventType", event.getPayloadType().getSimpleName())
                .append("enqueuedAt", Date.from(now)).append("lastTouched", Date.from(now))
                .append("diagnostics", new Document(stringsOf(letter.diagnostics())));
        letter.cause().ifPresent(cause -> withCause(document, cause));
        if (!KeyedWrites.insertIfAbsent(letters, document)) {
            throw new IllegalStateException("暂存队列位置已被占用: " + letterKey(sequence, index));
        }
        if (stored == null) {
            sequences.insertOne(new Document("_id", sequenceKey(sequence)).append("group", group)
                    .append("sequence", sequence).append("head", 0L).append("tail", 1L)
                    .append("lastTouched", Date.from(now)));
        } else {
            sequences.updateOne(new Document("_id", sequenceKey(sequence)),
                    new Document("$set", new Document("tail", index + 1)));
        }
    }

    @Override
    public synchronized void evict(DeadLetter<? extends EventMessage<?>> letter) {
        MongoDeadLetter parked = (MongoDeadLetter) letter;
        letters.deleteOne(new Document("_id", letterKey(parked.sequence(), parked.index())));
        Document stored = sequences.find(new Document("_id", sequenceKey(parked.sequence()))).first();
        if (stored == null || stored.getLong("head") != parked.index()) {
            return;
        }
        long head = parked.index() + 1;
        if (head >= stored.getLong("tail")) {
            sequences.deleteOne(new Document("_id", sequenceKey(parked.sequence())));
        } else {
            sequences.updateOne(new Document("_id", sequenceKey(parked.sequence())),
                    new Document("$set", new Document("head", head)));
        }
    }

    @Override
    public synchronized void requeue(DeadLetter<? extends EventMessage<?>> letter,
                                     UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) {
        MongoDeadLetter parked = (MongoDeadLetter) letter;
        DeadLetter<? extends EventMessage<?>> updated = letterUpdater.apply(letter);
        Date now = Date.from(clock.instant());
        Document set = new Document("lastTouched", now)
                .append("diagnostics", new Document(stringsOf(updated.diagnostics())));
        updated.cause().ifPresent(cause -> withCause(set, cause));
        letters.updateOne(new Document("_id", letterKey(parked.sequence(), parked.index())), new Document("$set", set));
        sequences.updateOne(new Document("_id", sequenceKey(parked.sequence())),
                new Document("$set", new Document("lastTouched", now)));
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return sequences.find(new Document("_id", sequenceKey(sequenceIdentifier.toString()))).first() != null;
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return new ArrayList<>(lettersOf(sequenceIdentifier.toString()));
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        List<Iterable<DeadLetter<? extends EventMessage<?>>>> all = new ArrayList<>();
        for (Document sequence : sequencesOfGroup()) {
            all.add(new ArrayList<>(lettersOf(sequence.getString("sequence"))));
        }
        return all;
    }

    /** The parked sequences with their letters, oldest touched first: what the operator sees. */
    public List<List<MongoDeadLetter>> parked() {
        return sequencesOfGroup().stream().map(sequence -> lettersOf(sequence.getString("sequence")))
                .filter(list -> !list.isEmpty()).toList();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        // durable and bounded by the declarations: a full queue would stall the processor, which it exists to avoid
        return false;
    }

    @Override
    public long size() {
        return letters.countDocuments(new Document("group", group));
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        Document stored = sequences.find(new Document("_id", sequenceKey(sequenceIdentifier.toString()))).first();
        return stored == null ? 0 : stored.getLong("tail") - stored.getLong("head");
    }

    @Override
    public long amountOfSequences() {
        return sequences.countDocuments(new Document("group", group));
    }

    /**
     * Hands the letters of the oldest-touched unclaimed sequence whose first letter passes {@code sequenceFilter} to
     * {@code processingTask}, in order, evicting each it handled; at the first it could not, that one is requeued
     * and the rest stay parked behind it. True when a whole sequence was handled.
     */
    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        for (Document sequence : sequencesOfGroup()) {
            String id = sequence.getString("sequence");
            if (!claimed.add(id)) {
                continue;
            }
            try {
                List<MongoDeadLetter> parked = lettersOf(id);
                if (!parked.isEmpty() && sequenceFilter.test(parked.get(0))) {
                    return processSequence(parked, processingTask);
                }
            } finally {
                claimed.remove(id);
            }
        }
        return false;
    }

    private boolean processSequence(List<MongoDeadLetter> parked,
                                    Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        for (MongoDeadLetter letter : parked) {
            EnqueueDecision<EventMessage<?>> decision = task.apply(letter);
            if (decision.shouldEnqueue()) {
                requeue(letter, l -> decision.withDiagnostics(l.withCause(decision.enqueueCause().orElse(null))));
                return false;
            }
            evict(letter);
        }
        return true;
    }

    @Override
    public synchronized void clear() {
        letters.deleteMany(new Document("group", group));
        sequences.deleteMany(new Document("group", group));
    }

    private List<Document> sequencesOfGroup() {
        List<Document> found = new ArrayList<>();
        sequences.find(new Document("group", group)).forEach(found::add);
        found.sort(Comparator.comparing(d -> d.getDate("lastTouched")));
        return found;
    }

    private List<MongoDeadLetter> lettersOf(String sequence) {
        Document stored = sequences.find(new Document("_id", sequenceKey(sequence))).first();
        if (stored == null) {
            return List.of();
        }
        List<MongoDeadLetter> found = new ArrayList<>();
        long head = stored.getLong("head");
        long tail = stored.getLong("tail");
        for (long from = head; from < tail; from += READ_CHUNK) {
            List<String> ids = LongStream.range(from, Math.min(tail, from + READ_CHUNK))
                    .mapToObj(index -> letterKey(sequence, index)).toList();
            KeyedWrites.findByIds(letters, ids).values().forEach(document -> found.add(letterOf(document)));
        }
        found.sort(Comparator.comparingLong(MongoDeadLetter::index));
        return found;
    }

    private MongoDeadLetter letterOf(Document document) {
        String aggregateId = document.getString("aggregateId");
        long eventSequence = document.getLong("eventSequence");
        String eventId = document.getString("eventId");
        Cause cause = document.getString("causeType") == null ? null
                : new ThrowableCause(document.getString("causeType"), document.getString("causeMessage"));
        Document diagnostics = document.get("diagnostics", Document.class);
        return new MongoDeadLetter(document.getString("sequence"), document.getLong("index"),
                document.getString("eventType"), () -> event(aggregateId, eventSequence, eventId), cause,
                document.getDate("enqueuedAt").toInstant(), document.getDate("lastTouched").toInstant(),
                diagnostics == null ? MetaData.emptyInstance() : MetaData.from(diagnostics));
    }

    /** The parked event, read back from the event store. */
    private EventMessage<?> event(String aggregateId, long sequenceNumber, String eventId) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, sequenceNumber);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() == sequenceNumber && event.getIdentifier().equals(eventId)) {
                return event;
            }
            if (event.getSequenceNumber() >= sequenceNumber) {
                break;
            }
        }
        throw new IllegalStateException("事件存储中找不到暂存的事件 " + eventId + "（" + aggregateId + "#" + sequenceNumber + "）");
    }

    private static void withCause(Document document, Cause cause) {
        String message = cause.message() == null ? "" : cause.message();
        document.append("causeType", cause.type()).append("causeMessage",
                message.length() > ThrowableCause.TRUNCATED_MESSAGE_SIZE
                        ? message.substring(0, ThrowableCause.TRUNCATED_MESSAGE_SIZE) : message);
    }

    private static Map<String, Object> stringsOf(MetaData metaData) {
        Map<String, Object> strings = new HashMap<>();
        metaData.forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }

    private String sequenceKey(String sequence) {
        return group + "|" + sequence;
    }

    private String letterKey(String sequence, long index) {
        return group + "|" + sequence + "|" + index;
    }
}
