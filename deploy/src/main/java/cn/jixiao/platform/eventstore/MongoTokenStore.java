package cn.jixiao.platform.eventstore;

import cn.jixiao.query.projection.DerivedWrites;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.axonframework.common.BuilderUtils.assertNonEmpty;
import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;

/**
 * Token store in the tenant's database (collection {@code trackingtokens}): one document per processor,
 * {@code {processorName, segment: -1, version, segments: [{segment, owner, timestamp, token, tokenType}]}}, read by
 * the exact keys of the unique {@code (processorName, segment)} index. Every change (claim, extension, token, release,
 * a segment added or removed) is a compare-and-set on the unique {@code (processorName, segment, version)} index: the
 * filter names exactly its keys, so it is served by the index on every backend, and the conditional update runs
 * atomically (under the collection's lock on mongo-java-server), so of two nodes racing for a segment exactly one
 * wins and the other re-reads and sees the claim. A claim is free when it has no owner or its timestamp is older
 * than the claim timeout. Tokens are stored as the serializer's string form (JSON with Jackson).
 * <p>
 * Documents of the earlier layout (one per segment) are folded into the processor's document on first use.
 */
public class MongoTokenStore implements TokenStore {

    static final String COLLECTION = "trackingtokens";
    static final String PROCESSOR_NAME = "processorName";
    static final String SEGMENT = "segment";
    static final String SEGMENTS = "segments";
    static final String VERSION = "version";
    static final String OWNER = "owner";
    static final String TIMESTAMP = "timestamp";
    static final String TOKEN = "token";
    static final String TOKEN_TYPE = "tokenType";
    /** Same convention as Axon's JPA/JDBC stores: a pseudo processor holding the storage identifier. */
    static final String CONFIG_PROCESSOR = "__config";
    static final String STORAGE_IDENTIFIER = "storageIdentifier";
    /** The {@code segment} of a processor's document; per-segment documents of the earlier layout have 0 and up. */
    static final int PROCESSOR_DOCUMENT = -1;
    private static final int MAX_ATTEMPTS = 64;

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final Duration claimTimeout;
    private final String nodeId;
    private final Clock clock;
    private final NodeLiveness liveness;
    /** The processor documents last read or written here: a write first tries these versions, saving a read. */
    private final Map<String, Document> lastSeen = new ConcurrentHashMap<>();

    protected MongoTokenStore(Builder builder) {
        this.tokens = builder.database.getCollection(COLLECTION);
        this.serializer = builder.serializer;
        this.claimTimeout = builder.claimTimeout;
        this.nodeId = builder.nodeId;
        this.clock = builder.clock;
        this.liveness = builder.liveness;
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Unique (processorName, segment) to read a processor, and (.., version) for compare-and-set. Idempotent. */
    public void ensureIndexes() {
        tokens.createIndex(Indexes.ascending(PROCESSOR_NAME, SEGMENT),
                           new IndexOptions().unique(true).name("uniqueProcessorSegment"));
        tokens.createIndex(Indexes.ascending(PROCESSOR_NAME, SEGMENT, VERSION),
                           new IndexOptions().unique(true).name("uniqueProcessorVersion"));
    }

    // ---- initialisation -----------------------------------------------------------------------------------------

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        change(processorName, true, segments -> {
            if (!segments.isEmpty()) {
                throw new UnableToClaimTokenException(
                        "Could not initialize segments. Some segments were already present for " + processorName);
            }
            for (int segment = 0; segment < segmentCount; segment++) {
                segments.add(newEntry(segment, initialToken));
            }
            return null;
        });
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        change(processorName, true, segments -> {
            if (find(segments, segment).isPresent()) {
                throw new UnableToInitializeTokenException(
                        "Could not initialize segment " + segment + " of " + processorName + ": it already exists");
            }
            segments.add(newEntry(segment, token));
            segments.sort(Comparator.comparingInt(entry -> entry.getInteger(SEGMENT)));
            return null;
        });
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    private Document newEntry(int segment, TrackingToken token) {
        Document entry = new Document(SEGMENT, segment).append(OWNER, null).append(TIMESTAMP, Date.from(clock.instant()));
        return withToken(entry, token);
    }

    private Document withToken(Document entry, TrackingToken token) {
        if (token == null) {
            return entry.append(TOKEN, null).append(TOKEN_TYPE, null);
        }
        SerializedObject<String> serialized = serializer.serialize(token, String.class);
        return entry.append(TOKEN, serialized.getData()).append(TOKEN_TYPE, serialized.getType().getName());
    }

    // ---- claims -------------------------------------------------------------------------------------------------

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return change(processorName, false, segments -> claim(processorName, segments, segment));
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return change(processorName, false, segments -> {
            // A segment that was split or merged away by another node must not be claimed under its old mask.
            int[] ids = ids(segments);
            if (find(segments, segment.getSegmentId()).isPresent()
                    && Segment.computeSegment(segment.getSegmentId(), ids).getMask() != segment.getMask()) {
                throw new UnableToClaimTokenException(
                        "Segment " + segment + " of " + processorName + " has been split or merged concurrently");
            }
            return claim(processorName, segments, segment.getSegmentId());
        });
    }

    private TrackingToken claim(String processorName, List<Document> segments, int segment) {
        Document entry = find(segments, segment).filter(this::claimable)
                                                .orElseThrow(() -> unableToClaim(processorName, segment));
        entry.put(OWNER, nodeId);
        entry.put(TIMESTAMP, Date.from(clock.instant()));
        return readToken(entry);
    }

    /**
     * An idle work package stores its unchanged token once a claim interval; with a {@link NodeLiveness} the claim
     * needs no refresh, so storing the very token this node last saw stored for its own claim writes nothing.
     */
    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        if (liveness != null && alreadyStoredHere(token, processorName, segment)) {
            return;
        }
        change(processorName, false, segments -> {
            Document entry = find(segments, segment).filter(this::claimable)
                                                    .orElseThrow(() -> unableToClaim(processorName, segment));
            withToken(entry, token).append(OWNER, nodeId).append(TIMESTAMP, Date.from(clock.instant()));
            return null;
        });
    }

    /**
     * With a {@link NodeLiveness} a claim lasts while this node is alive, so extending one this node holds (as far
     * as its last read or write of the processor showed) writes nothing; had another node taken it meanwhile, the
     * next token written fails its compare-and-set and the work package stops.
     */
    @Override
    public void extendClaim(String processorName, int segment) {
        if (liveness != null && heldHere(processorName, segment)) {
            return;
        }
        change(processorName, false, segments -> {
            owned(segments, segment).orElseThrow(() -> new UnableToClaimTokenException(
                    "Could not extend the claim on segment " + segment + " of " + processorName + ": not owned by " + nodeId))
                    .put(TIMESTAMP, Date.from(clock.instant()));
            return null;
        });
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        change(processorName, false, segments -> {
            owned(segments, segment).ifPresent(entry -> entry.put(OWNER, null));
            return null;
        });
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        change(processorName, false, segments -> {
            Document entry = owned(segments, segment).orElseThrow(() -> new UnableToClaimTokenException(
                    "Could not delete segment " + segment + " of " + processorName + ": not claimed by " + nodeId));
            segments.remove(entry);
            return null;
        });
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    @Override
    public int[] fetchSegments(String processorName) {
        return ids(segmentsOf(read(processorName)));
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        Document known = lastSeen.get(processorName);
        // Segments all held by this live node: nothing else to claim, and no need to ask the database.
        List<Document> segments = liveness != null && known != null && !segmentsOf(known).isEmpty()
                && segmentsOf(known).stream().allMatch(entry -> nodeId.equals(entry.getString(OWNER)))
                ? segmentsOf(known) : segmentsOf(read(processorName));
        int[] all = ids(segments);
        return segments.stream().filter(this::claimable)
                       .map(entry -> Segment.computeSegment(entry.getInteger(SEGMENT), all))
                       .toList();
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        try {
            Document config = read(CONFIG_PROCESSOR);
            if (config == null || config.getString(STORAGE_IDENTIFIER) == null) {
                Document created = processorDocument(CONFIG_PROCESSOR, 0, List.of(newEntry(0, null)))
                        .append(STORAGE_IDENTIFIER, UUID.randomUUID().toString());
                config = MongoDuplicateKeyResolver.insertIfAbsent(tokens, created) ? created : read(CONFIG_PROCESSOR); // lost the race: read theirs
            }
            return Optional.of(config.getString(STORAGE_IDENTIFIER));
        } catch (MongoException e) {
            throw new UnableToRetrieveIdentifierException("Could not retrieve the token store's identifier", e);
        }
    }

    public Serializer serializer() {
        return serializer;
    }

    // ---- the processor's document -------------------------------------------------------------------------------

    @FunctionalInterface
    private interface SegmentsChange<T> {
        /** Changes the (mutable) segments in place or throws; returns what the operation answers. */
        T apply(List<Document> segments);
    }

    /**
     * Applies {@code change} to the processor's segments and writes them back if the document is still the version
     * they were read from; otherwise reads again and retries. {@code create}: a missing processor document is
     * inserted (the unique key lets only one node create it) instead of failing as "no such segment".
     */
    private <T> T change(String processorName, boolean create, SegmentsChange<T> change) {
        Document current = lastSeen.get(processorName);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            boolean fresh = current == null;
            if (fresh) {
                current = read(processorName);
            }
            if (current == null && !create) {
                // No segment can be claimed, stored or released in a processor that has none.
                return change.apply(new ArrayList<>());
            }
            long version = current == null ? -1 : ((Number) current.get(VERSION)).longValue();
            List<Document> segments = copy(segmentsOf(current));
            T answer;
            try {
                answer = change.apply(segments);
            } catch (RuntimeException refused) {
                if (fresh) {
                    throw refused;
                }
                current = null; // refused on what this node saw last: decide again on what is stored now
                continue;
            }
            Document next = processorDocument(processorName, version + 1, segments);
            if (current == null ? MongoDuplicateKeyResolver.insertIfAbsent(tokens, next, DerivedWrites.insertOne())
                    : compareAndSet(processorName, version, next)) {
                lastSeen.put(processorName, next);
                return answer;
            }
            current = null;
        }
        throw new UnableToClaimTokenException("Gave up changing the tokens of " + processorName + ": too much contention");
    }

    private boolean compareAndSet(String processorName, long version, Document next) {
        Document filter = new Document(PROCESSOR_NAME, processorName).append(SEGMENT, PROCESSOR_DOCUMENT).append(VERSION, version);
        return tokens.updateOne(filter, new Document("$set", new Document(VERSION, next.get(VERSION))
                .append(SEGMENTS, next.get(SEGMENTS))), DerivedWrites.update()).getMatchedCount() > 0;
    }

    private Document read(String processorName) {
        Document document = tokens.find(new Document(PROCESSOR_NAME, processorName).append(SEGMENT, PROCESSOR_DOCUMENT)).first();
        if (document == null) {
            document = LegacyTokens.fold(tokens, processorName);
        }
        if (document != null) {
            lastSeen.put(processorName, document);
        }
        return document;
    }

    static Document processorDocument(String processorName, long version, List<Document> segments) {
        return new Document(PROCESSOR_NAME, processorName).append(SEGMENT, PROCESSOR_DOCUMENT)
                                                            .append(VERSION, version)
                                                            .append(SEGMENTS, segments);
    }

    private static List<Document> segmentsOf(Document processor) {
        return processor == null ? List.of() : processor.getList(SEGMENTS, Document.class, List.of());
    }

    private static List<Document> copy(List<Document> segments) {
        List<Document> copy = new ArrayList<>(segments.size());
        segments.forEach(entry -> copy.add(new Document(entry)));
        return copy;
    }

    private static int[] ids(List<Document> segments) {
        return segments.stream().mapToInt(entry -> entry.getInteger(SEGMENT)).sorted().toArray();
    }

    private static Optional<Document> find(List<Document> segments, int segment) {
        return segments.stream().filter(entry -> entry.getInteger(SEGMENT) == segment).findFirst();
    }

    private Optional<Document> owned(List<Document> segments, int segment) {
        return find(segments, segment).filter(entry -> nodeId.equals(entry.getString(OWNER)));
    }

    private boolean alreadyStoredHere(TrackingToken token, String processorName, int segment) {
        Document known = lastSeen.get(processorName);
        Optional<Document> entry = known == null ? Optional.empty() : owned(segmentsOf(known), segment);
        return entry.isPresent() && Objects.equals(entry.get().getString(TOKEN),
                token == null ? null : serializer.serialize(token, String.class).getData());
    }

    private boolean heldHere(String processorName, int segment) {
        Document known = lastSeen.get(processorName);
        return known != null && owned(segmentsOf(known), segment).isPresent();
    }

    /** Free: no owner, this node, or an owner that is dead (by liveness if known, else by the claim's age). */
    private boolean claimable(Document entry) {
        String owner = entry.getString(OWNER);
        if (owner == null || owner.equals(nodeId)) {
            return true;
        }
        if (liveness != null) {
            return !liveness.isAlive(owner);
        }
        Date timestamp = entry.getDate(TIMESTAMP);
        return timestamp == null || timestamp.toInstant().isBefore(clock.instant().minus(claimTimeout));
    }

    private TrackingToken readToken(Document entry) {
        String data = entry.getString(TOKEN);
        if (data == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data, String.class, entry.getString(TOKEN_TYPE), null));
    }

    private UnableToClaimTokenException unableToClaim(String processorName, int segment) {
        return new UnableToClaimTokenException(
                "Could not claim segment " + segment + " of " + processorName
                        + ": it is owned by another node or does not exist");
    }

    /** Builder for {@link MongoTokenStore}. Required: database, serializer. Defaults: claim timeout 10 s, node id from the JVM name. */
    public static class Builder {
        private MongoDatabase database;
        private Serializer serializer;
        private Duration claimTimeout = Duration.ofSeconds(10);
        private String nodeId = ManagementFactory.getRuntimeMXBean().getName();
        private Clock clock = Clock.systemUTC();
        private NodeLiveness liveness;

        /**
         * Judge claims by whether their owner node is alive instead of by their age: idle processors then keep
         * their claims without writing. Unset: a claim expires {@code claimTimeout} after it was last extended.
         */
        public Builder nodeLiveness(NodeLiveness liveness) {
            assertNonNull(liveness, "Node liveness may not be null");
            this.liveness = liveness;
            return this;
        }

        public Builder database(MongoDatabase database) {
            assertNonNull(database, "MongoDatabase may not be null");
            this.database = database;
            return this;
        }

        public Builder serializer(Serializer serializer) {
            assertNonNull(serializer, "Serializer may not be null");
            this.serializer = serializer;
            return this;
        }

        public Builder claimTimeout(Duration claimTimeout) {
            assertNonNull(claimTimeout, "Claim timeout may not be null");
            assertThat(claimTimeout, t -> !t.isNegative(), "Claim timeout may not be negative");
            this.claimTimeout = claimTimeout;
            return this;
        }

        public Builder nodeId(String nodeId) {
            assertNonEmpty(nodeId, "Node id may not be empty");
            this.nodeId = nodeId;
            return this;
        }

        public Builder clock(Clock clock) {
            assertNonNull(clock, "Clock may not be null");
            this.clock = clock;
            return this;
        }

        protected void validate() throws AxonConfigurationException {
            assertNonNull(database, "The MongoDatabase is a hard requirement and should be provided");
            assertNonNull(serializer, "The Serializer is a hard requirement and should be provided");
        }

        public MongoTokenStore build() {
            validate();
            return new MongoTokenStore(this);
        }
    }
}
