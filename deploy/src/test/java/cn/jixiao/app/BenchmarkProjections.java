package cn.jixiao.app;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a tenant's projection groups stand, seen through Axon's own interfaces only: the position of each streaming
 * processor's tracking token (the lowest over its segments) against the head of the tenant's event store.
 */
final class BenchmarkProjections {

    private BenchmarkProjections() {
    }

    /** Group name to position; -1 while a group has not claimed a segment or processed anything. */
    static Map<String, Long> positions(Configuration axon) {
        Map<String, Long> positions = new TreeMap<>();
        axon.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                positions.put(name, streaming.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .mapToLong(position -> position.orElse(-1)).min().orElse(-1));
            }
        });
        return positions;
    }

    static long head(Configuration axon) {
        TrackingToken head = axon.eventStore().createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
    }

    /**
     * Waits (bounded) until every group has reached the store's head as it is now; prints progress every 5 s.
     * Returns the time each group needed, null for a group that did not get there in time.
     */
    static Map<String, Double> awaitCaughtUp(Configuration axon, Duration timeout, String what) {
        long target = head(axon);
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long lastReport = started;
        Map<String, Double> reached = new LinkedHashMap<>();
        while (true) {
            Map<String, Long> positions = positions(axon);
            double elapsed = (System.nanoTime() - started) / 1e9;
            positions.forEach((group, position) -> {
                if (position >= target) {
                    reached.putIfAbsent(group, elapsed);
                }
            });
            if (reached.keySet().containsAll(positions.keySet()) && !positions.isEmpty()) {
                BenchmarkReport.line("projections caught up with %s (head %,d) in %.1f s", what, target, elapsed);
                return reached;
            }
            if (System.nanoTime() > deadline) {
                BenchmarkReport.line("projections NOT caught up with %s after %.0f s: %s (head %,d); going on",
                        what, elapsed, describe(positions), target);
                positions.keySet().forEach(group -> reached.putIfAbsent(group, null));
                return reached;
            }
            if (System.nanoTime() - lastReport > 5e9) {
                lastReport = System.nanoTime();
                BenchmarkReport.line("  ... catching up with %s: %s of head %,d", what, describe(positions), target);
            }
            pause(Duration.ofMillis(200));
        }
    }

    static String describe(Map<String, Long> positions) {
        return positions.entrySet().stream().map(e -> e.getKey() + "=" + String.format("%,d", e.getValue()))
                .collect(Collectors.joining(" "));
    }

    /** The polling interval of a bounded wait: never what a measurement depends on. */
    static void pause(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
