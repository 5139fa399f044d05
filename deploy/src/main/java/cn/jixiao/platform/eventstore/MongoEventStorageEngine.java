package cn.jixiao.platform.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
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
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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
 * mongo-java-server and on a MongoDB replica set alike.
 * <p>
 * Collections: {@code domainevents}, {@code snapshotevents}, {@code eventsequence}.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

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
        if (builder.ensureIndexes) {
            ensureIndexes();
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
        // Safety net behind the allocator, and the tracking order.
        events.createIndex(Indexes.ascending(GLOBAL_INDEX), unique("uniqueGlobalIndex"));
        // Not unique on purpose: createTokenAt scans by time; ignored by mongo-java-server, used by MongoDB.
        events.createIndex(Indexes.ascending(TIME_STAMP), new IndexOptions().name("timeStamp"));
        snapshots.createIndex(Indexes.ascending(AGGREGATE_IDENTIFIER), unique("uniqueSnapshotAggregate"));
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

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = toDocument(snapshot, serializer);
        try {
            // Replace only an older snapshot; when a newer one is stored the filter misses, the upsert hits the
            // unique index and we keep the newer one.
            snapshots.replaceOne(and(eq(AGGREGATE_IDENTIFIER, snapshot.getAggregateIdentifier()),
                                     lte(SEQUENCE_NUMBER, snapshot.getSequenceNumber())),
                                 document, new ReplaceOptions().upsert(true));
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw new EventStoreException("Could not store snapshot of aggregate " + snapshot.getAggregateIdentifier(), e);
            }
        }
    }

    // ---- reading an aggregate -----------------------------------------------------------------------------------

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        List<DomainEventData<?>> result = new ArrayList<>();
        events.find(and(eq(AGGREGATE_IDENTIFIER, aggregateIdentifier), gte(SEQUENCE_NUMBER, firstSequenceNumber)))
              .sort(Sorts.ascending(SEQUENCE_NUMBER))
              .limit(batchSize)
              .forEach(document -> result.add(toEventData(document)));
        return result;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        List<DomainEventData<?>> result = new ArrayList<>();
        snapshots.find(eq(AGGREGATE_IDENTIFIER, aggregateIdentifier))
                 .sort(Sorts.descending(SEQUENCE_NUMBER))
                 .forEach(document -> result.add(toEventData(document)));
        return result.stream();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Document last = events.find(eq(AGGREGATE_IDENTIFIER, aggregateIdentifier))
                              .sort(Sorts.descending(SEQUENCE_NUMBER))
                              .limit(1)
                              .first();
        return Optional.ofNullable(last).map(d -> ((Number) d.get(SEQUENCE_NUMBER)).longValue());
    }

    // ---- tracking -----------------------------------------------------------------------------------------------

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Unsupported token format: " + lastToken);
        }
        GapAwareTrackingToken previous = (GapAwareTrackingToken) lastToken;
        gaps.observe(previous);
        List<Document> batch = new ArrayList<>();
        events.find(trackingFilter(previous))
              .sort(Sorts.ascending(GLOBAL_INDEX))
              .limit(batchSize)
              .forEach(batch::add);
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

    private static Bson trackingFilter(GapAwareTrackingToken token) {
        if (token == null) {
            return new Document();
        }
        Bson after = gt(GLOBAL_INDEX, token.getIndex());
        return token.getGaps().isEmpty() ? after : or(after, in(GLOBAL_INDEX, token.getGaps()));
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

    @Override
    public TrackingToken createTailToken() {
        // Tail = before the lowest index ever handed out, so events still being inserted are not missed.
        return GapAwareTrackingToken.newInstance(lowestGlobalSequence - 1, new TreeSet<>());
    }

    @Override
    public TrackingToken createHeadToken() {
        Document last = events.find().sort(Sorts.descending(GLOBAL_INDEX)).limit(1).first();
        return last == null ? createTailToken() : GapAwareTrackingToken.newInstance(globalIndex(last), new TreeSet<>());
    }

    @Override
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
