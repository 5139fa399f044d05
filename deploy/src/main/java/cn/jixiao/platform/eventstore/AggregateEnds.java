package cn.jixiao.platform.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last sequence number this engine saw of the aggregates it used recently: how many keys an aggregate read asks
 * for. A read asked for a whole batch of keys (100), nearly all of them past the end (the snapshot leaves fewer than
 * 50 events to read, the register check none), and the server searched its index for each. It is only a hint: the
 * read asks for one key past it and reads on when that one exists too (another instance appended), so a stale or
 * missing hint costs a query, never an event.
 */
final class AggregateEnds {

    /** Enough for the aggregates a tenant works on at once; a forgotten one costs one full batch when read again. */
    private static final int CAPACITY = 512;

    private final Map<String, Long> ends = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void saw(String aggregate, long sequence) {
        ends.merge(aggregate, sequence, Math::max);
    }

    /** How many keys to ask for from {@code first} on: up to one past the known end, at most {@code batchSize}. */
    synchronized int window(String aggregate, long first, int batchSize) {
        Long end = ends.get(aggregate);
        if (end == null || end < first - 1) {
            return batchSize;
        }
        return (int) Math.min(batchSize, end - first + 2);
    }
}
