package cn.jixiao.platform.eventstore;

import cn.jixiao.kernel.testing.MutableClock;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoTokenStoreTest extends MongoTestSupport {

    private final MutableClock clock = new MutableClock(Instant.now());
    private MongoTokenStore nodeA;
    private MongoTokenStore nodeB;

    @BeforeEach
    void twoNodesOnOneTenant() {
        MongoDatabase tenant = mongo.newTenantDatabase();
        nodeA = mongo.tokenStore(tenant).nodeId("A").clock(clock).claimTimeout(Duration.ofSeconds(10)).build();
        nodeB = mongo.tokenStore(tenant).nodeId("B").clock(clock).claimTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void storesAndFetchesGapAwareAndReplayTokens() {
        nodeA.initializeTokenSegments("listing", 2);
        TrackingToken token = GapAwareTrackingToken.newInstance(42, List.of(7L, 40L));
        TrackingToken replay = ReplayToken.createReplayToken(token, GapAwareTrackingToken.newInstance(3, List.of()));

        assertThat(nodeA.fetchToken("listing", 0)).isNull();
        nodeA.storeToken(token, "listing", 0);
        nodeA.fetchToken("listing", 1);
        nodeA.storeToken(replay, "listing", 1);

        assertThat(nodeA.fetchToken("listing", 0)).isEqualTo(token);
        assertThat(nodeA.fetchToken("listing", 1)).isEqualTo(replay);
    }

    @Test
    void aClaimedSegmentCannotBeTakenByAnotherNodeUntilReleasedOrTimedOut() {
        nodeA.initializeTokenSegments("listing", 1, GapAwareTrackingToken.newInstance(0, List.of()));
        nodeA.fetchToken("listing", 0);

        assertThatThrownBy(() -> nodeB.fetchToken("listing", 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeB.storeToken(null, "listing", 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeB.extendClaim("listing", 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThat(nodeB.fetchAvailableSegments("listing")).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        nodeA.extendClaim("listing", 0);
        clock.advance(Duration.ofSeconds(6));
        assertThatThrownBy(() -> nodeB.fetchToken("listing", 0)).isInstanceOf(UnableToClaimTokenException.class);

        clock.advance(Duration.ofSeconds(5));
        assertThat(nodeB.fetchToken("listing", 0)).isEqualTo(GapAwareTrackingToken.newInstance(0, List.of()));
        assertThatThrownBy(() -> nodeA.extendClaim("listing", 0)).isInstanceOf(UnableToClaimTokenException.class);

        nodeB.releaseClaim("listing", 0);
        assertThat(nodeA.fetchAvailableSegments("listing")).containsExactly(Segment.ROOT_SEGMENT);
        nodeA.fetchToken("listing", 0);
    }

    @Test
    void segmentsAreInitialisedOnceAndReportedWithTheirMasks() {
        nodeA.initializeTokenSegments("listing", 4);

        assertThatThrownBy(() -> nodeB.initializeTokenSegments("listing", 4)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeB.initializeSegment(null, "listing", 2)).isInstanceOf(UnableToInitializeTokenException.class);
        assertThat(nodeA.fetchSegments("listing")).containsExactly(0, 1, 2, 3);
        assertThat(nodeA.fetchSegments("other")).isEmpty();
        assertThat(nodeA.requiresExplicitSegmentInitialization()).isTrue();

        nodeA.fetchToken("listing", 1);
        assertThat(nodeB.fetchAvailableSegments("listing")).extracting(Segment::getSegmentId).containsExactly(0, 2, 3);
        assertThat(nodeB.fetchAvailableSegments("listing")).allSatisfy(s -> assertThat(s.getMask()).isEqualTo(3));
    }

    @Test
    void onlyTheOwnerDeletesASegment() {
        nodeA.initializeTokenSegments("listing", 2);
        nodeA.fetchToken("listing", 1);

        assertThatThrownBy(() -> nodeB.deleteToken("listing", 1)).isInstanceOf(UnableToClaimTokenException.class);
        nodeA.deleteToken("listing", 1);

        assertThat(nodeA.fetchSegments("listing")).containsExactly(0);
    }

    @Test
    void fetchingASegmentThatWasMergedAwayFails() {
        nodeA.initializeTokenSegments("listing", 2);
        Segment half = Segment.computeSegment(0, 0, 1);

        nodeA.fetchToken("listing", half);
        nodeA.fetchToken("listing", 1);
        nodeA.deleteToken("listing", 1); // merged into segment 0

        assertThatThrownBy(() -> nodeB.fetchToken("listing", half)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeB.fetchToken("listing", Segment.computeSegment(1, 0, 1)))
                .isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void theStorageIdentifierIsStableAndSharedByAllNodes() {
        String identifier = nodeA.retrieveStorageIdentifier().orElseThrow();

        assertThat(nodeB.retrieveStorageIdentifier()).contains(identifier);
        assertThat(nodeA.retrieveStorageIdentifier()).contains(identifier);
        assertThat(nodeA.fetchSegments("__config")).containsExactly(0);
    }

    @Test
    void ofManyNodesRacingForOneSegmentExactlyOneOwnsIt() throws Exception {
        MongoDatabase tenant = mongo.newTenantDatabase();
        List<MongoTokenStore> nodes = IntStream.range(0, 8)
                .mapToObj(i -> mongo.tokenStore(tenant).nodeId("node-" + i).build()).toList();
        nodes.get(0).initializeTokenSegments("listing", 1);
        CyclicBarrier start = new CyclicBarrier(nodes.size());
        ExecutorService executor = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Boolean>> claims = nodes.stream().map(node -> executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    node.fetchToken("listing", 0);
                    return true;
                } catch (UnableToClaimTokenException e) {
                    return false;
                }
            })).toList();
            long owners = 0;
            for (Future<Boolean> claim : claims) {
                owners += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(owners).isEqualTo(1);
            assertThat(nodes.stream().filter(node -> node.fetchAvailableSegments("listing").isEmpty())).hasSize(nodes.size() - 1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void tokensStoredOnePerSegmentAreTakenOverWithTheirClaimsAndIdentifier() {
        MongoDatabase tenant = mongo.newTenantDatabase();
        MongoTokenStore store = mongo.tokenStore(tenant).nodeId("A").clock(clock).build();
        TrackingToken token = GapAwareTrackingToken.newInstance(9, List.of(4L));
        Document legacy = new Document("processorName", "listing").append("segment", 0).append("owner", "B")
                .append("timestamp", Date.from(clock.instant()))
                .append("token", mongo.serializer.serialize(token, String.class).getData())
                .append("tokenType", GapAwareTrackingToken.class.getName());
        tenant.getCollection("trackingtokens").insertMany(List.of(legacy,
                new Document("processorName", "__config").append("segment", 0).append("storageIdentifier", "old-id")));

        assertThat(store.fetchSegments("listing")).containsExactly(0);
        assertThatThrownBy(() -> store.fetchToken("listing", 0)).isInstanceOf(UnableToClaimTokenException.class);
        clock.advance(Duration.ofSeconds(11));
        assertThat(store.fetchToken("listing", 0)).isEqualTo(token);
        assertThat(store.retrieveStorageIdentifier()).contains("old-id");
    }

    @Test
    void withNodeLivenessAClaimLastsAsLongAsItsOwnerLivesAndIdleExtensionsWriteNothing() {
        MongoDatabase tenant = mongo.newTenantDatabase();
        java.util.Set<String> alive = new java.util.concurrent.CopyOnWriteArraySet<>(List.of("A", "B"));
        MongoTokenStore a = mongo.tokenStore(tenant).nodeId("A").clock(clock).nodeLiveness(alive::contains).build();
        MongoTokenStore b = mongo.tokenStore(tenant).nodeId("B").clock(clock).nodeLiveness(alive::contains).build();
        a.initializeTokenSegments("listing", 1);
        a.fetchToken("listing", 0);
        Document claimed = tenant.getCollection("trackingtokens").find(new Document("processorName", "listing")).first();

        clock.advance(Duration.ofHours(1));
        a.extendClaim("listing", 0);
        assertThat(a.fetchAvailableSegments("listing")).containsExactly(Segment.ROOT_SEGMENT);
        assertThat(tenant.getCollection("trackingtokens").find(new Document("processorName", "listing")).first())
                .isEqualTo(claimed);
        assertThatThrownBy(() -> b.fetchToken("listing", 0)).isInstanceOf(UnableToClaimTokenException.class);

        alive.remove("A");
        b.fetchToken("listing", 0);
        assertThatThrownBy(() -> a.storeToken(GapAwareTrackingToken.newInstance(1, List.of()), "listing", 0))
                .isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void withNodeLivenessStoringTheTokenAlreadyStoredWritesNothingButANewTokenIsWritten() {
        MongoDatabase tenant = mongo.newTenantDatabase();
        MongoTokenStore a = mongo.tokenStore(tenant).nodeId("A").clock(clock).nodeLiveness(node -> true).build();
        a.initializeTokenSegments("listing", 1);
        a.fetchToken("listing", 0);
        TrackingToken token = GapAwareTrackingToken.newInstance(5, List.of(3L));
        a.storeToken(token, "listing", 0);
        Document stored = tenant.getCollection("trackingtokens").find(new Document("processorName", "listing")).first();

        clock.advance(Duration.ofHours(1));
        a.storeToken(GapAwareTrackingToken.newInstance(5, List.of(3L)), "listing", 0);
        assertThat(tenant.getCollection("trackingtokens").find(new Document("processorName", "listing")).first())
                .isEqualTo(stored);

        a.storeToken(GapAwareTrackingToken.newInstance(6, List.of()), "listing", 0);
        assertThat(a.fetchToken("listing", 0)).isEqualTo(GapAwareTrackingToken.newInstance(6, List.of()));
    }
}
