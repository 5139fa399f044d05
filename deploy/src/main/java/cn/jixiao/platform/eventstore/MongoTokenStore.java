package cn.jixiao.platform.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
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
import org.bson.conversions.Bson;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.mongodb.client.model.Filters.*;
import static org.axonframework.common.BuilderUtils.assertNonEmpty;
import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;

/**
 * Token store in the tenant's database (collection {@code trackingtokens}), one document per processor segment.
 * Claims are taken, extended and released with single-document conditional updates, so two nodes can never both
 * own a segment; a claim is free when it has no owner or its timestamp is older than the claim timeout.
 * Tokens are stored as the serializer's string form (JSON with Jackson).
 */
public class MongoTokenStore implements TokenStore {

    static final String COLLECTION = "trackingtokens";
    static final String PROCESSOR_NAME = "processorName";
    static final String SEGMENT = "segment";
    static final String OWNER = "owner";
    static final String TIMESTAMP = "timestamp";
    static final String TOKEN = "token";
    static final String TOKEN_TYPE = "tokenType";
    /** Same convention as Axon's JPA/JDBC stores: a pseudo processor holding the storage identifier. */
    static final String CONFIG_PROCESSOR = "__config";
    static final String STORAGE_IDENTIFIER = "storageIdentifier";

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final Duration claimTimeout;
    private final String nodeId;
    private final Clock clock;

    protected MongoTokenStore(Builder builder) {
        this.tokens = builder.database.getCollection(COLLECTION);
        this.serializer = builder.serializer;
        this.claimTimeout = builder.claimTimeout;
        this.nodeId = builder.nodeId;
        this.clock = builder.clock;
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Unique (processorName, segment): makes initialisation race-free. Idempotent. */
    public void ensureIndexes() {
        tokens.createIndex(Indexes.ascending(PROCESSOR_NAME, SEGMENT),
                           new IndexOptions().unique(true).name("uniqueProcessorSegment"));
    }

    // ---- initialisation -----------------------------------------------------------------------------------------

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        if (fetchSegments(processorName).length > 0) {
            throw new UnableToClaimTokenException(
                    "Could not initialize segments. Some segments were already present for " + processorName);
        }
        List<Document> documents = new ArrayList<>(segmentCount);
        for (int segment = 0; segment < segmentCount; segment++) {
            documents.add(newEntry(processorName, segment, initialToken));
        }
        try {
            tokens.insertMany(documents);
        } catch (MongoException e) {
            throw new UnableToClaimTokenException("Could not initialize segments for " + processorName, e);
        }
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        try {
            tokens.insertOne(newEntry(processorName, segment, token));
        } catch (MongoException e) {
            throw new UnableToInitializeTokenException(
                    "Could not initialize segment " + segment + " of " + processorName + ": it already exists", e);
        }
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    private Document newEntry(String processorName, int segment, TrackingToken token) {
        Document document = new Document(PROCESSOR_NAME, processorName).append(SEGMENT, segment)
                                                                         .append(OWNER, null)
                                                                         .append(TIMESTAMP, Date.from(clock.instant()));
        return withToken(document, token);
    }

    private Document withToken(Document document, TrackingToken token) {
        if (token == null) {
            return document.append(TOKEN, null).append(TOKEN_TYPE, null);
        }
        SerializedObject<String> serialized = serializer.serialize(token, String.class);
        return document.append(TOKEN, serialized.getData()).append(TOKEN_TYPE, serialized.getType().getName());
    }

    // ---- claims -------------------------------------------------------------------------------------------------

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        Document claimed = tokens.findOneAndUpdate(
                and(segmentFilter(processorName, segment), claimable()),
                Updates.combine(Updates.set(OWNER, nodeId), Updates.set(TIMESTAMP, Date.from(clock.instant()))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (claimed == null) {
            throw unableToClaim(processorName, segment);
        }
        return readToken(claimed);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        int[] segments = fetchSegments(processorName);
        // A segment that was split or merged away by another node must not be claimed under its old mask.
        for (int existing : segments) {
            if (existing == segment.getSegmentId()) {
                Segment current = Segment.computeSegment(existing, segments);
                if (current.getMask() != segment.getMask()) {
                    throw new UnableToClaimTokenException(
                            "Segment " + segment + " of " + processorName + " has been split or merged concurrently");
                }
                return fetchToken(processorName, segment.getSegmentId());
            }
        }
        throw unableToClaim(processorName, segment.getSegmentId());
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        Document update = withToken(new Document(OWNER, nodeId).append(TIMESTAMP, Date.from(clock.instant())), token);
        long matched = tokens.updateOne(and(segmentFilter(processorName, segment), claimable()),
                                        new Document("$set", update)).getMatchedCount();
        if (matched == 0) {
            throw unableToClaim(processorName, segment);
        }
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        long matched = tokens.updateOne(and(segmentFilter(processorName, segment), eq(OWNER, nodeId)),
                                        Updates.set(TIMESTAMP, Date.from(clock.instant()))).getMatchedCount();
        if (matched == 0) {
            throw new UnableToClaimTokenException(
                    "Could not extend the claim on segment " + segment + " of " + processorName + ": not owned by " + nodeId);
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.updateOne(and(segmentFilter(processorName, segment), eq(OWNER, nodeId)), Updates.set(OWNER, null));
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        long deleted = tokens.deleteOne(and(segmentFilter(processorName, segment), eq(OWNER, nodeId))).getDeletedCount();
        if (deleted == 0) {
            throw new UnableToClaimTokenException(
                    "Could not delete segment " + segment + " of " + processorName + ": not claimed by " + nodeId);
        }
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    @Override
    public int[] fetchSegments(String processorName) {
        List<Integer> segments = new ArrayList<>();
        tokens.find(eq(PROCESSOR_NAME, processorName))
              .projection(Projections.include(SEGMENT))
              .sort(Sorts.ascending(SEGMENT))
              .forEach(d -> segments.add(d.getInteger(SEGMENT)));
        return segments.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        int[] all = fetchSegments(processorName);
        List<Segment> available = new ArrayList<>();
        tokens.find(and(eq(PROCESSOR_NAME, processorName), claimable()))
              .projection(Projections.include(SEGMENT))
              .sort(Sorts.ascending(SEGMENT))
              .forEach(d -> available.add(Segment.computeSegment(d.getInteger(SEGMENT), all)));
        return available;
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        try {
            Document config = tokens.findOneAndUpdate(
                    segmentFilter(CONFIG_PROCESSOR, 0),
                    Updates.setOnInsert(STORAGE_IDENTIFIER, UUID.randomUUID().toString()),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return Optional.of(config.getString(STORAGE_IDENTIFIER));
        } catch (MongoException e) {
            if (MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                // Another node created it concurrently; read theirs.
                return Optional.of(tokens.find(segmentFilter(CONFIG_PROCESSOR, 0)).first().getString(STORAGE_IDENTIFIER));
            }
            throw new UnableToRetrieveIdentifierException("Could not retrieve the token store's identifier", e);
        }
    }

    public Serializer serializer() {
        return serializer;
    }

    private static Bson segmentFilter(String processorName, int segment) {
        return and(eq(PROCESSOR_NAME, processorName), eq(SEGMENT, segment));
    }

    private Bson claimable() {
        Instant expiry = clock.instant().minus(claimTimeout);
        return or(eq(OWNER, null), eq(OWNER, nodeId), lt(TIMESTAMP, Date.from(expiry)));
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
