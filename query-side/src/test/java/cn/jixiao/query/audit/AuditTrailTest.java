package cn.jixiao.query.audit;

import cn.jixiao.kernel.declaration.NotesUpdatedEvent;
import cn.jixiao.query.support.Seed;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTest {

    private AuditFixture tenant = new AuditFixture();

    @AfterEach
    void close() {
        tenant.close();
    }

    private List<TrackedEventMessage<?>> twoDeclarationsProjected() {
        tenant.append(Seed.zhurong().returned("预算与目标不符").revised().submitted(2).approved().events());
        tenant.append(Seed.of("431203002", "衡阳市南岳区南岳镇人民政府", 2020).filledIn().events());
        tenant.project();
        return tenant.stored();
    }

    @Test
    void everyEventBecomesOneLeafInGlobalOrder() {
        List<TrackedEventMessage<?>> stored = twoDeclarationsProjected();

        AuditLog log = tenant.log();
        assertThat(log.size()).isEqualTo(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            StoredLeaf leaf = log.store().leafAt(i);
            assertThat(leaf.eventId()).isEqualTo(stored.get(i).getIdentifier());
            assertThat(leaf.hash()).isEqualTo(AuditEntry.of(stored.get(i)).leafHash());
        }
    }

    @Test
    void anEventDeliveredAgainAddsNoLeaf() {
        List<TrackedEventMessage<?>> stored = twoDeclarationsProjected();
        tenant.project();
        tenant.projection.on(stored.get(3));
        assertThat(tenant.log().size()).isEqualTo(stored.size());
    }

    @Test
    void theProjectionRunsInAPooledStreamingProcessor() throws InterruptedException {
        tenant.append(Seed.zhurong().events());
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEventStore(c -> tenant.eventStore)
                .eventProcessing(processing -> processing
                        .registerPooledStreamingEventProcessor(AuditProjection.PROCESSING_GROUP, c -> tenant.eventStore,
                                (c, builder) -> builder.initialSegmentCount(1))
                        .registerEventHandler(c -> tenant.projection))
                .buildConfiguration();
        axon.start();
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (tenant.log().size() < 9 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            axon.shutdown();
        }
        assertThat(tenant.log().size()).isEqualTo(9);
        assertThat(tenant.verify().verified()).isTrue();
    }

    @Test
    void anUntouchedEventStoreVerifies() {
        List<TrackedEventMessage<?>> stored = twoDeclarationsProjected();
        tenant.heads.sign(tenant.log());

        AuditVerification.Result result = tenant.verify();

        assertThat(result.verified()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(stored.size());
        assertThat(result.leavesChecked()).isEqualTo(stored.size());
        assertThat(result.firstMismatch()).isNull();
        assertThat(result.treeHead().rootMatches()).isTrue();
        assertThat(result.treeHead().signatureValid()).isTrue();
    }

    @Test
    void aHeadSignedWithAnotherKeyIsNotTrusted() {
        twoDeclarationsProjected();
        new TreeHeads(AuditKeys.generate("intruder"), TreeHeadPolicy.DEFAULT, tenant.clock).sign(tenant.log());

        AuditVerification.Result result = tenant.verify();

        assertThat(result.treeHead().signatureValid()).isTrue();
        assertThat(result.treeHead().keyTrusted()).isFalse();
        assertThat(result.verified()).isFalse();
    }

    @Test
    void anAlteredPayloadIsNamed() {
        TrackedEventMessage<?> victim = twoDeclarationsProjected().get(12);
        tenant.heads.sign(tenant.log());
        tenant.engine.tamper(TamperableStorageEngine.replacePayload(victim.getIdentifier(),
                new NotesUpdatedEvent(Seed.zhurong().id(), "无（已改）")));

        AuditVerification.Result result = tenant.verify();

        assertThat(result.verified()).isFalse();
        assertThat(result.mismatches()).isEqualTo(1);
        assertThat(result.firstMismatch().eventId()).isEqualTo(victim.getIdentifier());
        assertThat(result.firstMismatch().leafIndex()).isEqualTo(12);
        assertThat(result.firstMismatch().sequenceNumber()).isEqualTo(12);
        assertThat(result.firstMismatch().aggregateId()).isEqualTo(Seed.zhurong().id().value());
        assertThat(result.treeHead().rootMatches()).isFalse();
        assertThat(result.treeHead().signatureValid()).isTrue();
    }

    @Test
    void alteredMetadataIsNamed() {
        TrackedEventMessage<?> victim = twoDeclarationsProjected().get(15);
        MetaData forged = victim.getMetaData().and("actorName", "王股长");
        tenant.engine.tamper(TamperableStorageEngine.replaceMetaData(victim.getIdentifier(), forged));

        AuditVerification.Result result = tenant.verify();

        assertThat(result.verified()).isFalse();
        assertThat(result.mismatches()).isEqualTo(1);
        assertThat(result.firstMismatch().eventId()).isEqualTo(victim.getIdentifier());
        assertThat(result.firstMismatch().reason()).contains("内容与审计日志不符");
    }

    @Test
    void anEventMovedInTheGlobalOrderIsNamed() {
        TrackedEventMessage<?> victim = twoDeclarationsProjected().get(4);
        tenant.engine.tamper(TamperableStorageEngine.moveToEnd(victim.getIdentifier()));

        AuditVerification.Result result = tenant.verify();

        assertThat(result.verified()).isFalse();
        assertThat(result.mismatches()).isEqualTo(1);
        assertThat(result.firstMismatch().eventId()).isEqualTo(victim.getIdentifier());
        assertThat(result.firstMismatch().leafIndex()).isEqualTo(4);
    }

    @Test
    void aDeletedEventIsNamed() {
        TrackedEventMessage<?> victim = twoDeclarationsProjected().get(7);
        tenant.heads.sign(tenant.log());
        tenant.engine.tamper(TamperableStorageEngine.delete(victim.getIdentifier()));

        AuditVerification.Result result = tenant.verify();

        assertThat(result.verified()).isFalse();
        assertThat(result.firstMismatch().eventId()).isEqualTo(victim.getIdentifier());
        assertThat(result.firstMismatch().leafIndex()).isEqualTo(7);
        assertThat(result.firstMismatch().reason()).contains("已不存在");
        assertThat(result.treeHead().rootMatches()).isFalse();
    }

    @Test
    void anEventDeliveredLateBecauseItFilledAGapStillVerifies() {
        tenant.append(Seed.zhurong().events());
        List<TrackedEventMessage<?>> stored = tenant.stored();
        List<TrackedEventMessage<?>> delivered = new ArrayList<>(stored);
        delivered.add(6, delivered.remove(3)); // a slow writer's event at position 3 commits after 4, 5 and 6
        delivered.forEach(tenant.projection::on);
        tenant.heads.sign(tenant.log());

        AuditVerification.Result result = tenant.verify();

        assertThat(tenant.log().store().leafAt(6).eventId()).isEqualTo(stored.get(3).getIdentifier());
        assertThat(result.verified()).isTrue();
        assertThat(result.treeHead().rootMatches()).isTrue();
    }

    @Test
    void eventsTheProjectionHasNotReachedArePendingNotMismatches() {
        twoDeclarationsProjected();
        tenant.append(Seed.of("431203003", "衡阳市南岳区寿岳乡人民政府", 2020).events());

        AuditVerification.Result result = tenant.verify();

        assertThat(result.verified()).isTrue();
        assertThat(result.pending()).isEqualTo(1);
    }

    @Test
    void headsAreSignedEveryNEventsAndProvablyConsistent() {
        try (AuditFixture counted = new AuditFixture(new TreeHeadPolicy(10, Duration.ofDays(1)))) {
            counted.append(Seed.zhurong().returned("预算与目标不符").revised().submitted(2).approved().events());
            counted.project();
            List<SignedTreeHead> heads = new ArrayList<>();
            counted.log().head(10).ifPresent(heads::add);
            counted.append(Seed.of("431203002", "衡阳市南岳区南岳镇人民政府", 2020).filledIn().submitted(1).events());
            counted.project();
            counted.log().head(20).ifPresent(heads::add);
            assertThat(heads).extracting(SignedTreeHead::size).containsExactly(10L, 20L);

            SignedTreeHead older = heads.get(0);
            SignedTreeHead newer = heads.get(1);
            List<byte[]> path = counted.log().consistency(10, 20).path().stream().map(HexFormat.of()::parseHex).toList();
            assertThat(Rfc9162.consistent(10, 20, HexFormat.of().parseHex(older.rootHash()),
                    HexFormat.of().parseHex(newer.rootHash()), path)).isTrue();
            for (SignedTreeHead head : heads) {
                assertThat(AuditKeys.verify(counted.keys.publicKey(), head.signedContent(),
                        java.util.Base64.getDecoder().decode(head.signature()))).isTrue();
                assertThat(head.publicKey()).isEqualTo(counted.keys.publicKeyBase64());
            }
        }
    }

    @Test
    void theTimerSignsAfterTheIntervalWhenSomethingWasAdded() {
        try (AuditFixture timed = new AuditFixture(new TreeHeadPolicy(100, Duration.ofSeconds(60)))) {
            timed.append(Seed.zhurong().events());
            timed.project();
            AuditLog log = timed.log();
            assertThat(timed.heads.signIfDue(log)).isPresent();
            timed.append(Seed.of("431203002", "衡阳市南岳区南岳镇人民政府", 2020).events());
            timed.project();
            timed.clock.advance(Duration.ofSeconds(30));
            assertThat(timed.heads.signIfDue(log)).isEmpty();
            timed.clock.advance(Duration.ofSeconds(30));
            assertThat(timed.heads.signIfDue(log)).hasValueSatisfying(head -> assertThat(head.size()).isEqualTo(10));
            timed.clock.advance(Duration.ofMinutes(5));
            assertThat(timed.heads.signIfDue(log)).as("nothing new: no new head").isEmpty();
        }
    }

    @Test
    void anInclusionProofFromTheStoreRebuildsTheSignedRoot() {
        List<TrackedEventMessage<?>> stored = twoDeclarationsProjected();
        SignedTreeHead head = tenant.heads.sign(tenant.log());
        for (int i = 0; i < stored.size(); i++) {
            InclusionProof proof = tenant.log().inclusion(stored.get(i).getIdentifier(), head.size());
            byte[] root = Rfc9162.rootFromInclusionPath((int) proof.leafIndex(), (int) proof.treeSize(),
                    HexFormat.of().parseHex(proof.leafHash()), proof.path().stream().map(HexFormat.of()::parseHex).toList());
            assertThat(HexFormat.of().formatHex(root)).isEqualTo(head.rootHash());
        }
    }
}
