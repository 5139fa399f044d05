package cn.jixiao.platform.processing;

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

    /** The segments to give up: the highest ids beyond the fair share (the lowest stay, so the choice is stable). */
    static List<Integer> excess(Collection<Integer> held, int segments, int instances) {
        int keep = of(segments, instances);
        return held.stream().sorted().skip(keep).toList();
    }
}
