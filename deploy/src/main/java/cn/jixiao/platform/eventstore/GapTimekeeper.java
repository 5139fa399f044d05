package cn.jixiao.platform.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a gap in the global index may be given up, measuring its age on the READER's clock from the moment
 * this engine first saw it. Writers' timestamps are never consulted, so a writer with a skewed clock cannot make a
 * reader drop a gap that is still being filled (which is how timestamp-based stores lose events for good).
 * <p>
 * The first-seen times live in memory only: after a restart every known gap gets a fresh timeout, which delays the
 * cleanup but can never lose an event.
 */
final class GapTimekeeper {

    private final Clock clock;
    private final Duration timeout;
    private final Map<Long, Instant> firstSeen = new ConcurrentHashMap<>();

    GapTimekeeper(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Starts the timer of every gap of the token not seen before. */
    void observe(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        token.getGaps().forEach(gap -> firstSeen.putIfAbsent(gap, now));
    }

    /**
     * Returns the token without the gaps that have been open longer than the timeout, except those about to be
     * filled by events in the current batch ({@code filling}).
     */
    GapAwareTrackingToken withoutExpiredGaps(GapAwareTrackingToken token, Set<Long> filling) {
        if (token == null || token.getGaps().isEmpty()) {
            return token;
        }
        Instant expiry = clock.instant().minus(timeout);
        SortedSet<Long> kept = new TreeSet<>();
        for (Long gap : token.getGaps()) {
            Instant seen = firstSeen.get(gap);
            if (seen == null || !seen.isBefore(expiry) || filling.contains(gap)) {
                kept.add(gap);
            }
        }
        if (kept.size() == token.getGaps().size()) {
            return token;
        }
        return GapAwareTrackingToken.newInstance(token.getIndex(), kept);
    }

    /** Forgets gaps long past their timeout so the map stays small; a forgotten but still open gap just restarts its timer. */
    void prune() {
        Instant horizon = clock.instant().minus(timeout.multipliedBy(2));
        firstSeen.values().removeIf(seen -> seen.isBefore(horizon));
    }
}
