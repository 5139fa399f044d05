package cn.jixiao.query.audit;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryPositionTest {

    /** An event that filled gap 7 comes with the token of the highest position seen so far, 10. */
    private final TrackedEventMessage<?> gapFilling = new GenericTrackedDomainEventMessage<>(
            GapAwareTrackingToken.newInstance(10, new TreeSet<>()),
            new GenericDomainEventMessage<>("Declaration", "d-1", 3, "payload"));

    @Test
    void aLeafOfAnEventThatFilledAGapRecordsTheEventsOwnPositionNotTheTokens() {
        assertThat(AuditEntry.of(gapFilling, 7L).globalPosition()).isEqualTo(7L);
        assertThat(AuditEntry.of(gapFilling, 7L).leafHash())
                .isNotEqualTo(AuditEntry.of(gapFilling).leafHash());
    }

    @Test
    void withoutAStoreToAskTheTokensPositionIsTaken() {
        assertThat(AuditEntry.of(gapFilling).globalPosition()).isEqualTo(10L);
        assertThat(EventPositions.FROM_TOKENS.of(null, java.util.List.of("e-1"))).isEmpty();
    }
}
