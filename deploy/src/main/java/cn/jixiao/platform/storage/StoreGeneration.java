package cn.jixiao.platform.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.zip.ZipOutputStream;
import java.io.IOException;

/**
 * One opening of the H2 file, with group commit. A write runs under the shared side of a read-write lock; the
 * committer takes the exclusive side only to commit, so a commit never holds half an operation (MVStore commits
 * every map together: a document without its index entry would be persisted otherwise), then syncs outside the
 * lock while the next writes go on. A write returns once a sync covered it; every writer waiting at that moment
 * shares that one sync. A derived write (see {@link DurableBackend}) returns at once and reads do not wait for it:
 * the next commit covers it, at the latest {@link #DERIVED_COMMIT_DELAY} later, and one that fails takes it back
 * together with everything written after it (MVStore commits versions in order), so no durable write ever depends
 * on a lost one.
 * After any failure this generation is closed for good: what was not synced is discarded with it, and the store is
 * opened again from the file, the last durable state.
 */
final class StoreGeneration {

    /**
     * How long chunks no longer referenced are kept before their space is reused. H2's default (45 s) guards
     * against writes a file system has not flushed yet; every commit here is synced, and with a commit per write
     * 45 s of chunks would be a large file.
     */
    static final int RETENTION_MILLIS = 5_000;
    /** How often the committer rewrites sparse chunks (H2's background housekeeping is off with auto-commit). */
    static final long COMPACT_EVERY_NANOS = 5_000_000_000L;
    static final int COMPACT_FILL_RATE = 50;
    static final int COMPACT_WRITE_BYTES = 1 << 20;
    /**
     * H2's page cache in MB. Its default (16) could not hold the pages that 1,000 idle tenants' store-head reads
     * touch, so each read decoded pages from the file again (Java deserialization): half a core for nothing.
     */
    static final int CACHE_MEGABYTES = 128;
    /**
     * How long the committer lets derived writes gather when no writer waits for the disk. Each commit rewrites the
     * path to the root of every map it touched and syncs: one per projected batch of seven processors was about a
     * fifth of the service's CPU under commands. A write that waits for the disk ends the gathering at once, so a
     * command never waits for it; a crash takes back at most this much derived work, which the processors redo.
     */
    static final Duration DERIVED_COMMIT_DELAY = Duration.ofMillis(200);

    private final MVStore mvStore;
    private final H2Backend backend;
    private final ReentrantReadWriteLock commitLock = new ReentrantReadWriteLock();
    /** Tickets of the writes started so far. */
    private final AtomicLong started = new AtomicLong();
    /** The highest ticket of a write that waits for the disk: what a read must wait for. */
    private final AtomicLong lastAwaited = new AtomicLong();
    private final Object progress = new Object();
    private final Thread committer;
    private final BiConsumer<StoreGeneration, Throwable> onFailure;
    private final long derivedDelayNanos;
    /** Guarded by {@link #progress}. */
    private long durable;
    private volatile Throwable failure;
    private volatile boolean closing;
    private long lastCompaction = System.nanoTime();

    private StoreGeneration(MVStore mvStore, Duration derivedDelay, BiConsumer<StoreGeneration, Throwable> onFailure) {
        this.mvStore = mvStore;
        this.backend = new TypedH2Backend(mvStore);
        this.onFailure = onFailure;
        this.derivedDelayNanos = derivedDelay.toNanos();
        this.committer = new Thread(this::commitLoop, "jixiao-store-committer");
        this.committer.setDaemon(true);
    }

    /** Opens the file with H2's own commits switched off: only {@link #commitLoop} ever commits. */
    static StoreGeneration open(String fileName, Duration derivedDelay,
                                BiConsumer<StoreGeneration, Throwable> onFailure) {
        MVStore mvStore = new MVStore.Builder().fileName(fileName)
                .cacheSize(CACHE_MEGABYTES)
                .autoCommitDisabled()
                .autoCommitBufferSize(0) // no commit from a writer's thread when much is unsaved
                .open();
        mvStore.setRetentionTime(RETENTION_MILLIS);
        StoreGeneration generation;
        try {
            generation = new StoreGeneration(mvStore, derivedDelay, onFailure);
        } catch (RuntimeException e) {
            mvStore.closeImmediately();
            throw e;
        }
        generation.committer.start();
        return generation;
    }

    H2Backend backend() {
        return backend;
    }

    boolean failed() {
        return failure != null;
    }

    Throwable failure() {
        return failure;
    }

    /**
     * Runs a write and returns once it is on disk; throws {@link StoreUnavailableError} if it could not be. Its
     * ticket is drawn before it starts, under the shared lock: a commit (exclusive) covers every ticket drawn
     * before it, and a reader that saw this write in memory waits for this ticket too.
     */
    <T> T write(Supplier<T> action) {
        return write(action, true);
    }

    /** Runs a write that a crash may take back: committed with the next, not waited for (nor by readers). */
    <T> T writeDerived(Supplier<T> action) {
        return write(action, false);
    }

    /**
     * Runs a write that starts no commit: it draws no ticket and wakes nobody, so the next commit of another write
     * (or the close) carries it. Held under the shared lock like any write, so no commit holds half of it.
     */
    <T> T writePresence(Supplier<T> action) {
        commitLock.readLock().lock();
        try {
            requireOpen();
            return action.get();
        } finally {
            commitLock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action, boolean awaited) {
        T result = null;
        RuntimeException error = null;
        long ticket;
        commitLock.readLock().lock();
        try {
            ticket = started.incrementAndGet();
            if (awaited) {
                lastAwaited.accumulateAndGet(ticket, Math::max);
            }
            try {
                requireOpen();
                result = action.get();
            } catch (RuntimeException e) {
                error = e;
            }
        } finally {
            commitLock.readLock().unlock();
        }
        if (awaited) {
            awaitDurable(ticket);
        } else {
            wakeCommitter();
        }
        if (error != null) {
            throw error;
        }
        return result;
    }

    /**
     * Runs a read and answers only once every awaited write it could have seen (any started before it ended) is on
     * disk; derived ones it may see before their sync.
     */
    <T> T read(Supplier<T> action) {
        requireOpen();
        T result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            requireOpen();
            throw e;
        }
        awaitDurable(lastAwaited.get());
        return result;
    }

    private void wakeCommitter() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private void awaitDurable(long ticket) {
        synchronized (progress) {
            progress.notifyAll();
            while (durable < ticket) {
                requireOpen();
                try {
                    progress.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreUnavailableError("interrupted while waiting for the disk");
                }
            }
        }
    }

    private void requireOpen() {
        Throwable cause = failure;
        if (cause != null) {
            throw StoreUnavailableError.because(cause);
        }
    }

    private void commitLoop() {
        while (true) {
            try {
                if (!awaitSomethingToCommit()) {
                    return; // closing and nothing left
                }
            } catch (InterruptedException e) {
                return;
            }
            try {
                long covered = commitAndSync();
                synchronized (progress) {
                    durable = covered;
                    progress.notifyAll();
                }
            } catch (RuntimeException | Error e) {
                fail(e);
                return;
            }
        }
    }

    /**
     * Waits until a writer waits for the disk, or derived writes have gathered for {@link #derivedDelayNanos}, or
     * the generation closes; false when it closes with nothing left to commit.
     */
    private boolean awaitSomethingToCommit() throws InterruptedException {
        synchronized (progress) {
            long gatheringSince = 0;
            while (!closing && lastAwaited.get() <= durable) {
                if (started.get() <= durable) {
                    gatheringSince = 0;
                    progress.wait();
                    continue;
                }
                long now = System.nanoTime();
                if (gatheringSince == 0) {
                    gatheringSince = now;
                }
                long left = derivedDelayNanos - (now - gatheringSince);
                if (left <= 0) {
                    return true;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return started.get() > durable;
        }
    }

    /** Commits and syncs; returns the last ticket that covers (no write is running while it commits). */
    private long commitAndSync() {
        long covered;
        boolean changed;
        commitLock.writeLock().lock();
        try {
            covered = started.get();
            long before = mvStore.getCurrentVersion();
            compactNowAndThen();
            mvStore.commit();
            changed = mvStore.getCurrentVersion() != before;
        } finally {
            commitLock.writeLock().unlock();
        }
        if (changed) {
            mvStore.sync();
        }
        return covered;
    }

    /** Rewrites the live pages of sparse chunks into the next commit, so the file does not keep growing. */
    private void compactNowAndThen() {
        long now = System.nanoTime();
        if (now - lastCompaction > COMPACT_EVERY_NANOS) {
            lastCompaction = now;
            mvStore.compact(COMPACT_FILL_RATE, COMPACT_WRITE_BYTES);
        }
    }

    /**
     * Drops this generation. The writers waiting for the disk are woken last, once the store says why it refuses:
     * the first answer they give names the cause, not a directory that merely looks unwritable.
     */
    private void fail(Throwable e) {
        synchronized (progress) {
            if (failure == null) {
                failure = e;
            }
        }
        try {
            mvStore.closeImmediately();
        } catch (RuntimeException ignored) {
            // already closed by H2's own panic
        }
        try {
            onFailure.accept(this, e);
        } finally {
            synchronized (progress) {
                progress.notifyAll();
            }
        }
    }

    /**
     * Writes a consistent copy of the file into a zip (H2 pauses space reuse meanwhile, so no chunk the copy
     * relies on is overwritten). Everything acknowledged before the call is in the copy: it commits and syncs first.
     */
    long backup(ZipOutputStream zip) throws IOException {
        requireOpen();
        long version;
        try {
            commitAndSync();
            version = mvStore.getCurrentVersion();
        } catch (RuntimeException e) {
            fail(e);
            throw StoreUnavailableError.because(e);
        }
        mvStore.getFileStore().backup(zip);
        return version;
    }

    /** Drops the file as a killed process leaves it: no final commit (crash tests). */
    void abandon() {
        synchronized (progress) {
            if (failure == null) {
                failure = new IllegalStateException("abandoned");
            }
            progress.notifyAll();
        }
        mvStore.closeImmediately();
    }

    /** Orderly close: the committer drains what was written, then H2 closes the file. */
    void close() {
        closing = true;
        synchronized (progress) {
            progress.notifyAll();
        }
        try {
            committer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            return;
        }
        commitLock.writeLock().lock();
        try {
            mvStore.commit();
            mvStore.sync();
            backend.close();
        } finally {
            commitLock.writeLock().unlock();
        }
    }
}
