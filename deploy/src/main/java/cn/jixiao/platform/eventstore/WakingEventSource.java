package cn.jixiao.platform.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tenant's events as the pooled streaming processors read them, without polling. A stream reads the store only
 * when it may have something new: right after it is opened, after an append through this instance's engine (which
 * calls every open stream's availability callback, so Axon's coordinator runs at once instead of on its next timer),
 * and when {@link #poll()} sees that the allocator's chain moved (an append by another instance) or the stream
 * waits for gaps. A tenant with nothing new thus costs one key read per look and nothing else; looks are
 * {@code minInterval} apart after activity and back off, doubling, to {@code maxInterval} while nothing happens.
 * <p>
 * The tenant's processors mostly stand at the same position, so after an append they would all read the same
 * window. They share one read instead: a batch read after a token is handed to every stream that asks for the same
 * token before anything could have changed (an append here, or a poll that woke streams). A stream given the
 * shared batch sees the store as it was a moment earlier, as if it had read first; whatever came since wakes it
 * again, and it reads anew.
 * <p>
 * Appends in quick succession are gathered: the streams are woken at once when they were last woken at least
 * {@code gather} ago, else once that is over. Under a stream of commands each processor then handles a gathering's
 * events in one batch (one read, one write per touched document, one token) instead of one batch per event, which
 * was most of the service's CPU under commands; after a quiet moment an append is read at once.
 */
public final class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final MongoEventStorageEngine engine;
    private final int batchSize;
    private final Set<WakingStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastSeenEnd = new AtomicLong(Long.MIN_VALUE);
    private final long minIntervalNanos;
    private final long maxIntervalNanos;
    private volatile long intervalNanos;
    private volatile long nextLookNanos = System.nanoTime();
    private volatile long endMovedNanos = System.nanoTime();
    /** Moves before any stream is woken: a read shared from an earlier epoch is never handed out. */
    private final AtomicLong epoch = new AtomicLong();
    private volatile SharedRead lastRead;
    private final long gatherNanos;
    /** Runs the wake-ups deferred by the gathering; none: every append wakes at once. */
    private final ScheduledExecutorService deferredWakes;
    private volatile long lastWakeNanos = System.nanoTime() - Long.MAX_VALUE / 2;
    private final AtomicBoolean wakePending = new AtomicBoolean();

    /** Looks on every {@link #poll()}; every append wakes the streams at once. */
    public WakingEventSource(MongoEventStorageEngine engine, int batchSize) {
        this(engine, batchSize, Duration.ZERO, Duration.ZERO, Duration.ZERO, null);
    }

    public WakingEventSource(MongoEventStorageEngine engine, int batchSize, Duration minInterval, Duration maxInterval,
                             Duration gather, ScheduledExecutorService deferredWakes) {
        this.engine = engine;
        this.gatherNanos = gather.toNanos();
        this.deferredWakes = deferredWakes;
        this.batchSize = batchSize;
        this.minIntervalNanos = minInterval.toNanos();
        this.maxIntervalNanos = Math.max(minIntervalNanos, maxInterval.toNanos());
        this.intervalNanos = minIntervalNanos;
        engine.onAppend(this::appended);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        WakingStream stream = new WakingStream(trackingToken);
        open.add(stream);
        return stream;
    }

    /**
     * Notices what this instance's appends did not announce: one key read for the end of the allocator's chain,
     * a wake-up of every stream if it moved, else of the streams whose token still waits for gaps. First, on every
     * look and without a read, calls back the processors whose streams hold events they have not taken.
     */
    public void poll() {
        open.forEach(WakingStream::callBackIfHolding);
        long now = System.nanoTime();
        if (open.isEmpty() || now - nextLookNanos < 0) {
            return;
        }
        long end = engine.reservedEnd();
        if (lastSeenEnd.getAndSet(end) != end) {
            endMovedNanos = now;
            intervalNanos = minIntervalNanos;
            wakeAll();
        } else {
            intervalNanos = Math.min(Math.max(1, intervalNanos * 2), maxIntervalNanos);
            // Reserved but not yet visible when last read (another instance is still inserting), or waiting for
            // gaps: read again. A reservation never inserted is given up by its writer within the gap timeout.
            boolean mayStillArrive = now - endMovedNanos < engine.gapTimeout().toNanos();
            epoch.incrementAndGet();
            open.forEach(stream -> stream.wakeIfWaiting(mayStillArrive ? end : Long.MIN_VALUE));
        }
        nextLookNanos = now + intervalNanos;
    }

    /** Activity here makes activity elsewhere likely: look often again. */
    private void appended() {
        intervalNanos = minIntervalNanos;
        nextLookNanos = Math.min(nextLookNanos, System.nanoTime() + minIntervalNanos);
        wakeSoon();
    }

    /** Wakes the streams now, or once the gathering since the last wake-up is over (one deferred wake-up at most). */
    private void wakeSoon() {
        long wait = lastWakeNanos + gatherNanos - System.nanoTime();
        if (wait <= 0 || deferredWakes == null) {
            wakeAll();
            return;
        }
        if (wakePending.compareAndSet(false, true)) {
            try {
                deferredWakes.schedule(() -> {
                    wakePending.set(false);
                    wakeAll();
                }, wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                wakePending.set(false);
                wakeAll();
            }
        }
    }

    private void wakeAll() {
        lastWakeNanos = System.nanoTime();
        epoch.incrementAndGet();
        open.forEach(WakingStream::wake);
    }

    /** The batch after {@code token}: the one another stream read for it in this epoch, or read now. */
    private List<TrackedEventMessage<?>> batchAfter(TrackingToken token) {
        long now = epoch.get();
        SharedRead last = lastRead;
        if (last != null && last.epoch() == now && Objects.equals(last.after(), token)) {
            return last.batch();
        }
        List<TrackedEventMessage<?>> batch = List.copyOf(engine.readBatch(token, batchSize));
        lastRead = new SharedRead(token, now, batch);
        return batch;
    }

    /** A batch as read after a token, in the epoch it was read. */
    private record SharedRead(TrackingToken after, long epoch, List<TrackedEventMessage<?>> batch) {
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }

    private final class WakingStream implements TrackingEventStream {

        private final Queue<TrackedEventMessage<?>> buffer = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean mayHaveMore = new AtomicBoolean(true);
        private final Object signal = new Object();
        private volatile TrackingToken lastToken;
        private volatile Runnable onAvailable = () -> { };

        private WakingStream(TrackingToken token) {
            this.lastToken = token;
        }

        void wake() {
            mayHaveMore.set(true);
            synchronized (signal) {
                signal.notifyAll();
            }
            onAvailable.run();
        }

        /**
         * Calls the processor back if the stream holds events it has not taken, or has more to read. Axon's coordinator
         * can miss them: it asks whether its work packages have space, finds none and skips asking the stream, then
         * asks again, finds space (a worker finished in between) and, as if the stream were empty, sleeps for the
         * claim interval (30 minutes here). The stream has nothing new to announce, so only this look wakes it: in
         * the benchmark's section 4 two groups stood still that way, 104 and 226 events in hand.
         */
        void callBackIfHolding() {
            if (!buffer.isEmpty() || mayHaveMore.get()) {
                onAvailable.run();
            }
        }

        /** Wakes the stream if it waits for gaps, or has not read up to {@code end} yet. */
        void wakeIfWaiting(long end) {
            if (!buffer.isEmpty()) {
                return;
            }
            TrackingToken token = lastToken;
            boolean behind = token == null ? end > 0 : token instanceof GapAwareTrackingToken gapAware && gapAware.getIndex() < end;
            boolean gaps = token instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty();
            if (behind || gaps) {
                wake();
            }
        }

        /** Reads one batch if the buffer is empty and something may have been added since the last read. */
        private void fill() {
            if (!buffer.isEmpty() || !mayHaveMore.compareAndSet(true, false)) {
                return;
            }
            try {
                long end = engine.knownEnd();
                List<TrackedEventMessage<?>> batch = batchAfter(lastToken);
                if (!batch.isEmpty()) {
                    lastToken = batch.get(batch.size() - 1).trackingToken();
                    buffer.addAll(batch);
                }
                // A short batch is the end only if it reached the end: a window may end in holes left by failed
                // appends, and during a rebuild no append or poll would wake the stream again.
                if (batch.size() >= batchSize || !batch.isEmpty() && before(lastToken, end)) {
                    mayHaveMore.set(true);
                }
            } catch (RuntimeException e) {
                mayHaveMore.set(true); // read again when the coordinator retries
                throw e;
            }
        }

        private static boolean before(TrackingToken token, long end) {
            return token.position().orElse(Long.MAX_VALUE) < end;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            fill();
            return Optional.ofNullable(buffer.peek());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (true) {
                fill();
                if (!buffer.isEmpty()) {
                    return true;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                synchronized (signal) {
                    if (!mayHaveMore.get()) {
                        TimeUnit.NANOSECONDS.timedWait(signal, remaining);
                    }
                }
            }
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                // keep waiting: a stream blocks until an event arrives
            }
            return buffer.poll();
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            onAvailable = callback;
            return true;
        }

        @Override
        public void close() {
            open.remove(this);
        }
    }
}
