package cn.jixiao.platform.storage;

import org.h2.store.fs.FilePath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The directory the embedded MongoDB keeps its H2 file in, and whether writes there can be made durable right now.
 * Files are reached through H2's {@link FilePath}, optionally under a scheme of its own (tests inject faults so).
 */
public final class DataDirectory {

    static final String STORE_FILE = "mongo.mv";
    private static final String PROBE_FILE = ".write-probe";

    private final Path path;
    private final String scheme;
    private final long minFreeBytes;

    /**
     * @param path         the directory
     * @param scheme       an H2 file system scheme such as {@code "faulty"}, or blank for the default one
     * @param minFreeBytes below this much usable space writes are not promised to be durable
     */
    public DataDirectory(Path path, String scheme, long minFreeBytes) {
        this.path = path.toAbsolutePath().normalize();
        this.scheme = scheme == null || scheme.isBlank() ? "" : scheme + ":";
        this.minFreeBytes = minFreeBytes;
    }

    public Path path() {
        return path;
    }

    public Path storeFile() {
        return path.resolve(STORE_FILE);
    }

    /** The store file as H2 opens it. */
    String storeFileName() {
        return scheme + storeFile();
    }

    /** Creates the directory if needed; refuses, naming it, a directory the store could not write. */
    public void requireWritable() {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new DataDirectoryNotWritableException(path, "cannot be created (" + e + ")", e);
        }
        Optional<String> problem = writeProblem();
        if (problem.isPresent()) {
            throw new DataDirectoryNotWritableException(path, problem.get(), null);
        }
        if (Files.exists(storeFile()) && !Files.isWritable(storeFile())) {
            throw new DataDirectoryNotWritableException(path, "holds " + STORE_FILE + " but it is read-only", null);
        }
    }

    /** Why writes to the directory cannot be made durable now (no space, read-only, gone); empty when they can. */
    public Optional<String> writeProblem() {
        long usable = usableBytes();
        if (usable >= 0 && usable < minFreeBytes) {
            return Optional.of("has only " + usable / 1024 + " KiB free (at least " + minFreeBytes / 1024 + " KiB needed)");
        }
        FilePath probe = FilePath.get(scheme + path.resolve(PROBE_FILE));
        try (FileChannel channel = probe.open("rw")) {
            channel.write(ByteBuffer.allocate(4096), 0);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot be written (" + reason(e) + ")");
        } finally {
            deleteQuietly(probe);
        }
        return Optional.empty();
    }

    /** Adds the directory's other regular files (small and rarely written: the audit key) to a backup. */
    void addOtherFiles(ZipOutputStream zip) throws IOException {
        List<Path> others;
        try (Stream<Path> files = Files.list(path)) {
            others = files.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(storeFile()) && !file.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path file : others) {
            zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
            Files.copy(file, zip);
            zip.closeEntry();
        }
    }

    /** Usable bytes on the file system of the directory, or -1 when it cannot be told. */
    public long usableBytes() {
        try {
            return Files.getFileStore(path).getUsableSpace();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    /** The innermost message, which names the operating system's reason ("No space left on device"). */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static void deleteQuietly(FilePath probe) {
        try {
            probe.delete();
        } catch (RuntimeException ignored) {
            // a read-only directory: nothing was created to delete
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }

    /** The embedded store refuses to start on a directory it cannot write. */
    public static final class DataDirectoryNotWritableException extends IllegalStateException {
        DataDirectoryNotWritableException(Path path, String problem, Throwable cause) {
            super("The data directory " + path + " " + problem + "; the embedded MongoDB keeps its data there. "
                    + "Make it writable or point JIXIAO_DATA_DIR at a writable directory.", cause);
        }
    }
}
