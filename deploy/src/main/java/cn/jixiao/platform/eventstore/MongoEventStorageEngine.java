package cn.jixiao.platform.eventstore;

import cn.jixiao.query.projection.DerivedWrites;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static cn.jixiao.platform.eventstore.EventDocuments.*;
import static com.mongodb.client.model.Filters.*;
import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;

/**
 * Event storage engine on one MongoDB database (one per tenant) that never lets a tracking processor skip an event.
 * <p>
 * Global order does not come from writers' clocks: every append reserves a contiguous block of {@code globalIndex}
 * values (see {@link GlobalIndexAllocator}), then inserts its events carrying those indexes.
 * Trackers use Axon's {@link GapAwareTrackingToken}: an index that was reserved but is not (yet) visible stays a gap
 * and is fetched again until it appears or has stayed missing for {@code gapTimeout}, measured on the reader's clock
 * (see {@link GapTimekeeper}). Only plain CRUD is used: no transactions, no server-side features, so it runs on
 * mongo-java-server and on a MongoDB replica set alike. Every read a command or a processor makes is served by a
 * unique key on both (equality on all fields of a unique index, or {@code $in} on a single-field one), so its cost
 * does not grow with the tenant: aggregates by {@code aggregateSeq}, tracking by {@code globalIndex $in}, the head
 * by the allocator's chain.
 * <p>
 * Collections: {@code domainevents}, {@code snapshotevents}, {@code eventsequence}.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    private static final int SNAPSHOT_ATTEMPTS = 8;
    private static final Logger logger = LoggerFactory.getLogger(MongoEventStorageEngine.class);

    static final String EVENTS = "domainevents";
    static final String SNAPSHOTS = "snapshotevents";
    static final String SEQUENCE = "eventsequence";

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> sequence;
    private final int maxGapOffset;
    private final long lowestGlobalSequence;
    private final GapTimekeeper gaps;
    private final IndexAllocationListener allocationListener;
    private final GlobalIndexAllocator allocator;
    private final long maxInsertDelayNanos;
    private final Duration gapTimeout;
    private final List<Runnable> appendListeners = new CopyOnWriteArrayList<>();
    private final AggregateEnds aggregateEnds = new AggregateEnds();

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        this.events = builder.database.getCollection(EVENTS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.sequence = builder.database.getCollection(SEQUENCE);
        this.maxGapOffset = builder.maxGapOffset;
        this.lowestGlobalSequence = builder.lowestGlobalSequence;
        this.gaps = new GapTimekeeper(builder.clock, builder.gapTimeout);
        this.allocationListener = builder.allocationListener;
        this.allocator = new GlobalIndexAllocator(sequence, lowestGlobalSequence);
        this.maxInsertDelayNanos = builder.gapTimeout.dividedBy(2).toNanos();
        this.gapTimeout = builder.gapTimeout;
        if (builder.ensureIndexes) {
            ensureIndexes();
            EventKeyMigration.run(events, sequence);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the unique indexes the engine relies on; idempotent. */
    public void ensureIndexes() {
        // (aggregate, sequence) is the optimistic lock; also serves aggregate reads on MongoDB.
        events.createIndex(Indexes.ascending(AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER), unique("uniqueAggregateSequence"));
        events.createIndex(Indexes.ascending(EVENT_IDENTIFIER), unique("uniqueEventIdentifier"));
        // The key aggregate reads are served by; sparse only while events stored before it are being migrated.
        events.createIndex(Indexes.ascending(AGGREGATE_SEQ), unique("uniqueAggregateSeq").sparse(true));
        // Safety net behind the allocator, and the tracking order.
        events.createIndex(Indexes.ascending(GLOBAL_INDEX), unique("uniqueGlobalIndex"));
        // Not unique on purpose: createTokenAt scans by time; ignored by mongo-java-server, used by MongoDB.
        events.createIndex(Indexes.ascending(TIME_STAMP), new IndexOptions().name("timeStamp"));
        snapshots.createIndex(Indexes.ascending(AGGREGATE_IDENTIFIER), unique("uniqueSnapshotAggregate"));
        // Lets a snapshot be replaced only if it is still the one read (compare-and-set served by this key).
        snapshots.createIndex(Indexes.ascending(AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER), unique("uniqueSnapshotVersion"));
    }

    private static IndexOptions unique(String name) {
        return new IndexOptions().unique(true).name(name);
    }

    // ---- appending ----------------------------------------------------------------------------------------------

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> eventMessages, Serializer serializer) {
        if (eventMessages.isEmpty()) {
            return;
        }
        List<DomainEventMessage<?>> domainEvents = eventMessages.stream()
                .<DomainEventMessage<?>>map(EventUtils::asDomainEventMessage)
                .collect(Collectors.toList());
        List<Document> documents = new ArrayList<>(domainEvents.size());
        for (DomainEventMessage<?> event : domainEvents) {
            documents.add(toDocument(event, serializer));
        }
        reserveIndexes(documents);
        insert(documents, eventMessages);
        domainEvents.stream().filter(event -> event.getType() != null) // not an aggregate's: keyed by its own id
                .forEach(event -> aggregateEnds.saw(event.getAggregateIdentifier(), event.getSequenceNumber()));
        appendListeners.forEach(Runnable::run);
    }

    /**
     * Runs {@code listener} after every successful append through this engine (on the appending thread, so it must
     * not block): how this instance's processors learn of new events at once instead of polling for them.
     */
    public void onAppend(Runnable listener) {
        appendListeners.add(listener);
    }

    /**
     * Numbers the documents from a freshly reserved block. If the writer stalled so long after reserving that
     * readers may already be giving up the gap (half the gap timeout, on this JVM's monotonic clock), the block is
     * abandoned, left as a gap, and a new one reserved: a late insert must never land behind a dropped gap.
     */
    private void reserveIndexes(List<Document> documents) {
        while (true) {
            long reservedAt = System.nanoTime();
            long first = allocator.allocate(documents.size());
            for (int i = 0; i < documents.size(); i++) {
                documents.get(i).put(GLOBAL_INDEX, first + i);
            }
            allocationListener.allocated(first, documents.size());
            if (System.nanoTime() - reservedAt < maxInsertDelayNanos) {
                return;
            }
            logger.warn("Stalled {} ms after reserving global indexes from {}; reserving new ones",
                        Duration.ofNanos(System.nanoTime() - reservedAt).toMillis(), first);
        }
    }

    private void insert(List<Document> documents, List<? extends EventMessage<?>> eventMessages) {
        try {
            events.insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            int failed = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
            undoPartialInsert(documents.subList(0, failed));
            handlePersistenceException(e, eventMessages.get(failed));
        } catch (MongoException e) {
            handlePersistenceException(e, eventMessages.get(0));
        }
    }

    /**
     * Without transactions an ordered insert that fails halfway leaves its first events behind; remove them so the
     * append is all-or-nothing for event sourcing. Their indexes become gaps that trackers eventually give up.
     */
    private void undoPartialInsert(List<Document> inserted) {
        if (inserted.isEmpty()) {
            return;
        }
        List<String> ids = inserted.stream().map(d -> d.getString(EVENT_IDENTIFIER)).toList();
        events.deleteMany(in(EVENT_IDENTIFIER, ids));
    }

    /**
     * Keeps the newest snapshot per aggregate. The one stored is read by its unique key and replaced only while it is
     * still that one (a filter on exactly the keys of {@code uniqueSnapshotVersion}); a lost race reads again.
     */
    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = toDocument(snapshot, serializer);
        String aggregate = snapshot.getAggregateIdentifier();
        try {
            for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
                Document current = snapshots.find(new Document(AGGREGATE_IDENTIFIER, aggregate))
                                            .projection(Projections.include(SEQUENCE_NUMBER)).first();
                if (current == null ? MongoDuplicateKeyResolver.insertIfAbsent(snapshots, document, DerivedWrites.insertOne())
                        : sequenceNumber(current) >= snapshot.getSequenceNumber()
                        || snapshots.replaceOne(new Document(AGGREGATE_IDENTIFIER, aggregate)
                                                        .append(SEQUENCE_NUMBER, sequenceNumber(current)),
                                                document, DerivedWrites.replace()).getMatchedCount() > 0) {
                    return;
                }
            }
            logger.info("Snapshot of {} at {} not stored: others kept replacing it", aggregate, snapshot.getSequenceNumber());
        } catch (MongoException e) {
            throw new EventStoreException("Could not store snapshot of aggregate " + aggregate, e);
        }
    }

    // ---- reading an aggregate -----------------------------------------------------------------------------------

    /**
     * Sequence numbers of an aggregate are contiguous, so the next {@code batchSize} events are exactly the keys
     * {@code aggregate/first .. aggregate/first+batchSize-1}: one {@code $in} on a unique key, and a short batch is
     * the end of the stream. It asks for fewer keys when {@link AggregateEnds} knows where the stream ends, and
     * for the rest of the batch only when the last of those was there too.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        int window = aggregateEnds.window(aggregateIdentifier, firstSequenceNumber, batchSize);
        List<Document> found = byAggregateKeys(aggregateIdentifier, firstSequenceNumber, window);
        if (found.size() == window && window < batchSize) {
            found.addAll(byAggregateKeys(aggregateIdentifier, firstSequenceNumber + window, batchSize - window));
        }
        found.sort(Comparator.comparingLong(EventDocuments::sequenceNumber));
        if (!found.isEmpty()) {
            aggregateEnds.saw(aggregateIdentifier, sequenceNumber(found.get(found.size() - 1)));
        }
        return found.stream().map(EventDocuments::toEventData).toList();
    }

    private List<Document> byAggregateKeys(String aggregateIdentifier, long first, int count) {
        return events.find(in(AGGREGATE_SEQ, aggregateKeys(aggregateIdentifier, first, count))).into(new ArrayList<>());
    }

    private static List<String> aggregateKeys(String aggregateIdentifier, long first, int count) {
        return LongStream.range(first, first + count).mapToObj(seq -> aggregateSeq(aggregateIdentifier, seq)).toList();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(new Document(AGGREGATE_IDENTIFIER, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(toEventData(snapshot));
    }

    /** From the snapshot on, batch by batch of keys, until a batch comes back short. */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Document snapshot = snapshots.find(new Document(AGGREGATE_IDENTIFIER, aggregateIdentifier))
                                     .projection(Projections.include(SEQUENCE_NUMBER)).first();
        long last = snapshot == null ? -1 : sequenceNumber(snapshot);
        int batch = batchSize();
        while (true) {
            List<Long> found = new ArrayList<>();
            events.find(in(AGGREGATE_SEQ, aggregateKeys(aggregateIdentifier, last + 1, batch)))
                  .projection(Projections.include(SEQUENCE_NUMBER))
                  .forEach(document -> found.add(sequenceNumber(document)));
            last = found.stream().mapToLong(Long::longValue).max().orElse(last);
            if (found.size() < batch) {
                return last < 0 ? Optional.empty() : Optional.of(last);
            }
        }
    }

    // ---- tracking -----------------------------------------------------------------------------------------------

    /**
     * The next events after a token are its gaps and the indexes right after it: one {@code $in} on the unique
     * global index. When that window holds nothing new although more was reserved (a window of holes left by failed
     * or abandoned appends), the next windows are read up to the end of the allocator's chain, so a tracker never
     * stalls behind holes; the indexes it jumps become gaps of the token, waited for as any other.
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Unsupported token format: " + lastToken);
        }
        GapAwareTrackingToken previous = (GapAwareTrackingToken) lastToken;
        gaps.observe(previous);
        List<Document> batch = trackedDocuments(previous, batchSize);
        Set<Long> filling = batch.stream().map(EventDocuments::globalIndex).collect(Collectors.toSet());
        List<TrackedEventData<?>> result = new ArrayList<>(batch.size());
        for (Document document : batch) {
            GapAwareTrackingToken next = advance(previous, globalIndex(document));
            gaps.observe(next);
            next = gaps.withoutExpiredGaps(next, filling);
            result.add(new TrackedDomainEventData<>(next, toEventData(document)));
            previous = next;
        }
        gaps.prune();
        return result;
    }

    /**
     * Asks only for indexes someone has reserved: up to the end this engine knows (its own appends, and others' as
     * the watch or an earlier read saw them), then, if that held nothing new, up to the end of the chain. A window
     * of {@code batchSize} keys past the end cost the server a sorted set and a B-tree search per key for nothing:
     * a sixth of the service's CPU under commands.
     */
    private List<Document> trackedDocuments(GapAwareTrackingToken token, int batchSize) {
        long after = token == null ? lowestGlobalSequence - 1 : token.getIndex();
        List<Long> keys = new ArrayList<>(token == null ? List.of() : token.getGaps());
        long windowEnd = Math.max(after, Math.min(after + batchSize, allocator.knownEnd()));
        LongStream.rangeClosed(after + 1, windowEnd).forEach(keys::add);
        List<Document> found = keys.isEmpty() ? new ArrayList<>() : byGlobalIndex(keys);
        while (found.stream().noneMatch(document -> globalIndex(document) > after)
                && windowEnd < allocator.reservedEnd()) {
            long next = Math.min(windowEnd + batchSize, allocator.knownEnd());
            found.addAll(byGlobalIndex(LongStream.rangeClosed(windowEnd + 1, next).boxed().toList()));
            windowEnd = next;
        }
        found.sort(Comparator.comparingLong(EventDocuments::globalIndex));
        return found.size() > batchSize ? found.subList(0, batchSize) : found;
    }

    private List<Document> byGlobalIndex(List<Long> indexes) {
        return events.find(in(GLOBAL_INDEX, indexes)).into(new ArrayList<>());
    }

    private GapAwareTrackingToken advance(GapAwareTrackingToken previous, long globalIndex) {
        if (previous == null) {
            // Everything below the first event seen is a gap: those indexes may be reserved by slow writers.
            SortedSet<Long> missing = LongStream.range(Math.min(lowestGlobalSequence, globalIndex), globalIndex)
                                                .boxed().collect(Collectors.toCollection(TreeSet::new));
            return GapAwareTrackingToken.newInstance(globalIndex, missing);
        }
        return previous.advanceTo(globalIndex, maxGapOffset);
    }

    /**
     * One batch of the events after {@code token}, upcast and deserialized: exactly one tracking read (the stream of
     * {@link #readEvents(TrackingToken, boolean)} reads once more to find out that nothing follows).
     */
    public List<TrackedEventMessage<?>> readBatch(TrackingToken token, int batchSize) {
        return EventUtils.upcastAndDeserializeTrackedEvents(fetchTrackedEvents(token, batchSize).stream(),
                                                            getEventSerializer(), upcasterChain).toList();
    }

    /**
     * The last index reserved so far by any writer (key reads along the allocator's chain); it moves when anyone
     * appended, on this instance or another.
     */
    public long reservedEnd() {
        return allocator.reservedEnd();
    }

    /**
     * The end of the global index as this engine last saw it (its own reservations, and others' as its reads found
     * them), without a read: a tracking read that stopped below it has not read up to the end.
     */
    public long knownEnd() {
        return allocator.knownEnd();
    }

    /** How long a reserved index may stay missing before readers give it up (and its writer re-reserves sooner). */
    public Duration gapTimeout() {
        return gapTimeout;
    }

    @Override
    public TrackingToken createTailToken() {
        // Tail = before the lowest index ever handed out, so events still being inserted are not missed.
        return GapAwareTrackingToken.newInstance(lowestGlobalSequence - 1, new TreeSet<>());
    }

    @Override
    public TrackingToken createHeadToken() {
        // The highest stored event, found by reading key windows down from the end of the allocator's chain.
        int window = batchSize();
        for (long high = allocator.reservedEnd(); high >= lowestGlobalSequence; high -= window) {
            OptionalLong last = byGlobalIndex(LongStream.rangeClosed(Math.max(lowestGlobalSequence, high - window + 1), high)
                                                  .boxed().toList())
                    .stream().mapToLong(EventDocuments::globalIndex).max();
            if (last.isPresent()) {
                return GapAwareTrackingToken.newInstance(last.getAsLong(), new TreeSet<>());
            }
        }
        return createTailToken();
    }

    @Override
    /** Off the hot path (a reset to a point in time): a range on the time stamp, served by an index on MongoDB only. */
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = events.find(gte(TIME_STAMP, formatTimeStamp(dateTime)))
                               .sort(Sorts.ascending(GLOBAL_INDEX)).limit(1).first();
        return first == null ? createHeadToken()
                : GapAwareTrackingToken.newInstance(globalIndex(first) - 1, new TreeSet<>());
    }

    /**
     * Called after global indexes were reserved and before the events are inserted. Production code leaves the
     * default no-op; tests use it to delay inserts and so open gaps on purpose.
     */
    @FunctionalInterface
    public interface IndexAllocationListener {
        IndexAllocationListener NO_OP = (first, count) -> { };

        void allocated(long firstGlobalIndex, int count);
    }

    /**
     * Builder for {@link MongoEventStorageEngine}. Required: {@link #database}, {@link #eventSerializer} and
     * {@link #snapshotSerializer} (Axon's own defaults would silently fall back to XStream). Defaults: batch size
     * 100, gap timeout 60 s, max gap offset 10 000, lowest global sequence 1, system UTC clock, duplicate keys
     * recognised by {@link MongoDuplicateKeyResolver}, indexes ensured on build.
     */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Clock clock = Clock.systemUTC();
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int maxGapOffset = 10_000;
        private long lowestGlobalSequence = 1;
        private boolean ensureIndexes = true;
        private IndexAllocationListener allocationListener = IndexAllocationListener.NO_OP;
        private boolean eventSerializerSet;
        private boolean snapshotSerializerSet;

        public Builder() {
            persistenceExceptionResolver(new MongoDuplicateKeyResolver());
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            snapshotSerializerSet = true;
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            eventSerializerSet = true;
            return this;
        }

        /** Sets both the event and the snapshot serializer. */
        public Builder serializer(Serializer serializer) {
            return eventSerializer(serializer).snapshotSerializer(serializer);
        }

        @Override
        public Builder finalAggregateBatchPredicate(Predicate<List<? extends DomainEventData<?>>> finalAggregateBatchPredicate) {
            super.finalAggregateBatchPredicate(finalAggregateBatchPredicate);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        /** The tenant's database. Required. */
        public Builder database(MongoDatabase database) {
            assertNonNull(database, "MongoDatabase may not be null");
            this.database = database;
            return this;
        }

        /** The clock on which gap ages are measured. Defaults to the system UTC clock. */
        public Builder clock(Clock clock) {
            assertNonNull(clock, "Clock may not be null");
            this.clock = clock;
            return this;
        }

        /**
         * How long a reserved but missing global index is waited for before trackers move on without it. Defaults
         * to 60 seconds. Writers re-reserve when they stall for half of it before inserting, so every instance of
         * a tenant must use the same value.
         */
        public Builder gapTimeout(Duration gapTimeout) {
            assertNonNull(gapTimeout, "Gap timeout may not be null");
            assertThat(gapTimeout, t -> !t.isNegative(), "Gap timeout may not be negative");
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** Gaps further than this behind a token's index are dropped (as in Axon's JDBC engine). Defaults to 10 000. */
        public Builder maxGapOffset(int maxGapOffset) {
            assertThat(maxGapOffset, o -> o > 0, "Max gap offset must be positive");
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        /** The first global index ever handed out. Defaults to 1. */
        public Builder lowestGlobalSequence(long lowestGlobalSequence) {
            assertThat(lowestGlobalSequence, s -> s >= 1, "Lowest global sequence must be at least 1");
            this.lowestGlobalSequence = lowestGlobalSequence;
            return this;
        }

        /** Whether {@link #build()} creates the indexes. Defaults to true. */
        public Builder ensureIndexes(boolean ensureIndexes) {
            this.ensureIndexes = ensureIndexes;
            return this;
        }

        /** See {@link IndexAllocationListener}; for tests and diagnostics. */
        public Builder indexAllocationListener(IndexAllocationListener listener) {
            assertNonNull(listener, "IndexAllocationListener may not be null");
            this.allocationListener = listener;
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            assertNonNull(database, "The MongoDatabase is a hard requirement and should be provided");
            if (!eventSerializerSet || !snapshotSerializerSet) {
                throw new AxonConfigurationException(
                        "The event and snapshot serializers are hard requirements (use serializer(..) to set both)");
            }
        }

        public MongoEventStorageEngine build() {
            validate();
            return new MongoEventStorageEngine(this);
        }
    }
}
