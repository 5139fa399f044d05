package cn.jixiao.platform.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipOutputStream;

/**
 * The embedded default's data: an H2 file in the data directory that acknowledges nothing before it is on disk.
 * When the disk refuses a write (full, remounted read-only) the open store is dropped with everything not yet
 * synced, every request is refused as "node is recovering", and the file is opened again, at its last durable
 * state, as soon as the directory takes writes again. Whatever ran on the dropped state (processors, caches) is
 * restarted first by the {@link #beforeReopen} hooks.
 */
public final class DurableStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DurableStore.class);
    private static final DateTimeFormatter BACKUP_NAME = DateTimeFormatter.ofPattern("'jixiao-'yyyyMMdd'T'HHmmss.SSS'Z.zip'")
            .withZone(ZoneOffset.UTC);

    private final DataDirectory directory;
    private final Duration retryEvery;
    private final Duration derivedCommitDelay;
    private final Clock clock;
    private final List<Runnable> beforeReopen = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService recovery = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "jixiao-store-recovery");
        thread.setDaemon(true);
        return thread;
    });
    private volatile StoreGeneration current;
    private volatile Unavailable unavailable;

    private DurableStore(DataDirectory directory, Duration retryEvery, Duration derivedCommitDelay, Clock clock) {
        this.directory = directory;
        this.retryEvery = retryEvery;
        this.derivedCommitDelay = derivedCommitDelay;
        this.clock = clock;
    }

    /** Opens the store; refuses, naming it, a data directory it cannot write. */
    public static DurableStore open(DataDirectory directory, Duration retryEvery) {
        return open(directory, retryEvery, StoreGeneration.DERIVED_COMMIT_DELAY);
    }

    /** Opens the store with derived writes gathered for {@code derivedCommitDelay} before a commit of their own. */
    static DurableStore open(DataDirectory directory, Duration retryEvery, Duration derivedCommitDelay) {
        directory.requireWritable();
        DurableStore store = new DurableStore(directory, retryEvery, derivedCommitDelay, Clock.systemUTC());
        store.current = StoreGeneration.open(directory.storeFileName(), derivedCommitDelay, store::failed);
        log.info("Embedded store {}: every write is committed and synced before it is acknowledged",
                directory.storeFile());
        return store;
    }

    public DataDirectory directory() {
        return directory;
    }

    /** Run before the file is opened again after a failure, while every request is still refused. */
    public void beforeReopen(Runnable hook) {
        beforeReopen.add(hook);
    }

    /** Why writes cannot be made durable now; empty while they can. */
    public Optional<Unavailable> unavailable() {
        Unavailable now = unavailable;
        if (now != null) {
            return Optional.of(now);
        }
        return directory.writeProblem().map(problem -> new Unavailable(problem, clock.instant()));
    }

    /** Whether the store is refusing requests after a failure (not merely short of space). */
    public boolean refusing() {
        return unavailable != null;
    }

    H2Backend backend() {
        return generation().backend();
    }

    /** The backend of the latest opening, failed or not: for commands that touch no data. */
    H2Backend lastBackend() {
        return current.backend();
    }

    <T> T write(Supplier<T> action) {
        return generation().write(action);
    }

    /** A write that may be lost in a crash without harm: returns without waiting for the disk. */
    <T> T writeDerived(Supplier<T> action) {
        return generation().writeDerived(action);
    }

    /** A write that only says who is alive ({@code DerivedWrites.PRESENCE}): carried by the next commit. */
    <T> T writePresence(Supplier<T> action) {
        return generation().writePresence(action);
    }

    <T> T read(Supplier<T> action) {
        return generation().read(action);
    }

    private StoreGeneration generation() {
        Unavailable now = unavailable;
        if (now != null) {
            throw new StoreUnavailableError(now.reason());
        }
        return current;
    }

    /**
     * Writes a consistent copy of the store to {@code targetDir} as a zip holding {@code mongo.mv} and the other
     * files of the data directory (the audit signing key, when it is kept there), while writes go on. Everything
     * acknowledged before the call is in it. Restore: stop the service, unzip into an empty data directory.
     */
    public Backup backupTo(Path targetDir) throws IOException {
        Files.createDirectories(targetDir);
        Instant started = clock.instant();
        Path target = targetDir.resolve(BACKUP_NAME.format(started));
        Path partial = targetDir.resolve(target.getFileName() + ".partial");
        long version;
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            version = generation().backup(zip);
            directory.addOtherFiles(zip);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        try (var channel = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new Backup(target, Files.size(target), version, started,
                Duration.between(started, clock.instant()).toMillis());
    }

    private void failed(StoreGeneration generation, Throwable e) {
        if (generation != current) {
            return;
        }
        String reason = directory + " cannot take writes (" + DataDirectory.reason(e) + ")";
        unavailable = new Unavailable(reason, clock.instant());
        log.error("Embedded store: {}; refusing requests, nothing unsynced kept, retrying every {}", reason, retryEvery, e);
        scheduleRecovery();
    }

    private void scheduleRecovery() {
        if (!recovery.isShutdown()) {
            recovery.schedule(this::recover, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void recover() {
        Optional<String> problem = directory.writeProblem();
        if (problem.isPresent()) {
            unavailable = new Unavailable(directory + " " + problem.get(), unavailable.since());
            scheduleRecovery();
            return;
        }
        try {
            beforeReopen.forEach(Runnable::run);
            current = StoreGeneration.open(directory.storeFileName(), derivedCommitDelay, this::failed);
            unavailable = null;
            log.warn("Embedded store {} opened again at its last durable state; accepting requests", directory.storeFile());
        } catch (RuntimeException e) {
            log.warn("Embedded store {} could not be opened again yet: {}", directory.storeFile(), DataDirectory.reason(e));
            scheduleRecovery();
        }
    }

    /** Closes the file without a final commit, as a killed process leaves it (tests). */
    void abandonForTests() {
        current.abandon();
    }

    @Override
    public void close() {
        recovery.shutdownNow();
        if (unavailable == null) {
            current.close();
        }
    }

    /** @param reason names the data directory and the operating system's reason */
    public record Unavailable(String reason, Instant since) {
    }

    /** @param version the MVStore version the copy holds */
    public record Backup(Path file, long bytes, long version, Instant at, long tookMillis) {
    }
}
