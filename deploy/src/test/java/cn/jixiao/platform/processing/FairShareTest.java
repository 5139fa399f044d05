package cn.jixiao.platform.processing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FairShareTest {

    @Test
    void anInstanceKeepsTheCeilingOfSegmentsOverInstances() {
        assertThat(FairShare.of(2, 2)).isEqualTo(1);
        assertThat(FairShare.of(3, 2)).isEqualTo(2);
        assertThat(FairShare.of(2, 3)).isEqualTo(1);
        assertThat(FairShare.of(4, 1)).isEqualTo(4);
    }

    @Test
    void theHighestSegmentsBeyondTheShareAreGivenUp() {
        assertThat(FairShare.excess(Set.of(0, 1), 2, 2)).containsExactly(1);
        assertThat(FairShare.excess(Set.of(3, 0, 2, 1), 4, 2)).containsExactly(2, 3);
        assertThat(FairShare.excess(List.of(1), 2, 2)).isEmpty();
    }

    @Test
    void aloneAnInstanceKeepsEverySegment() {
        assertThat(FairShare.excess(Set.of(0, 1), 2, 1)).isEmpty();
        assertThat(FairShare.excess(Set.of(0, 1), 2, 0)).isEmpty();
        assertThat(FairShare.excess(Set.of(1), 2, 1)).as("fewer than all, after a release").isEmpty();
    }

    @Test
    void anInstanceHoldingFewerThanTheFloorOfItsShareAsksForWhatItLacks() {
        int[] two = {0, 1};
        assertThat(FairShare.missing(Set.of(), two, 1)).as("alone, after an error or a takeover").containsExactly(0, 1);
        assertThat(FairShare.missing(Set.of(1), two, 1)).containsExactly(0);
        assertThat(FairShare.missing(Set.of(), two, 2)).containsExactly(0);
        assertThat(FairShare.missing(Set.of(0), two, 2)).isEmpty();
        assertThat(FairShare.missing(Set.of(), two, 3)).as("more instances than segments: no asking").isEmpty();
        assertThat(FairShare.missing(Set.of(0, 1), two, 1)).isEmpty();
    }
}
