package cn.jixiao.platform.processing;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** How many of a processor's segments one of the instances running its tenant may keep. */
final class FairShare {

    private FairShare() {
    }

    /** {@code ceil(segments / instances)}: with more instances than segments, one each. */
    static int of(int segments, int instances) {
        return Math.max(1, (segments + Math.max(1, instances) - 1) / Math.max(1, instances));
    }

    /**
     * The segments to give up: the highest ids beyond the fair share (the lowest stay, so the choice is stable).
     * Within its share, the usual case (asked of 7,000 processors every look at 1,000 tenants), nothing is sorted.
     */
    static List<Integer> excess(Collection<Integer> held, int segments, int instances) {
        int keep = of(segments, instances);
        return held.size() <= keep ? List.of() : held.stream().sorted().skip(keep).toList();
    }

    /**
     * The segments to try to claim: while this instance holds fewer than {@code floor(segments / instances)} (all of
     * them when alone), as many of those it does not hold. The floor, not the fair share: with more instances than
     * segments some hold none, and they must not keep asking for one.
     */
    static List<Integer> missing(Collection<Integer> held, int[] segments, int instances) {
        int wanted = segments.length / Math.max(1, instances) - held.size();
        return wanted <= 0 ? List.of()
                : Arrays.stream(segments).boxed().filter(segment -> !held.contains(segment)).limit(wanted).toList();
    }
}
