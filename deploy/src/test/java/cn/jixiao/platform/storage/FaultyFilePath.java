package cn.jixiao.platform.storage;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An H2 file system ({@code faulty:} in front of a path) whose disk can be made full or read-only at will, so
 * the store's behaviour on either is tested deterministically. The fault applies to every file opened through it.
 */
public class FaultyFilePath extends FilePathWrapper {

    public static final String SCHEME = "faulty";

    public enum Fault { NONE, NO_SPACE, READ_ONLY }

    private static volatile Fault fault = Fault.NONE;
    private static final AtomicLong syncs = new AtomicLong();
    /** While closed, every sync waits: a disk that has not finished writing. */
    private static volatile java.util.concurrent.CountDownLatch syncGate = new java.util.concurrent.CountDownLatch(0);

    static {
        FilePath.register(new FaultyFilePath());
    }

    /** Makes sure the scheme is registered (class initialisation does it). */
    public static void register() {
        fault = Fault.NONE;
    }

    public static void inject(Fault next) {
        fault = next;
    }

    public static long syncs() {
        return syncs.get();
    }

    /** Syncs from now on wait until {@link #openSyncs()}. */
    public static void holdSyncs() {
        syncGate = new java.util.concurrent.CountDownLatch(1);
    }

    public static void openSyncs() {
        syncGate.countDown();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (mode.contains("w")) {
            failIfFaulty(name);
        }
        return new FaultyChannel(getBase().open(mode), name);
    }

    @Override
    public boolean canWrite() {
        return fault != Fault.READ_ONLY && super.canWrite();
    }

    static void failIfFaulty(String file) throws IOException {
        switch (fault) {
            case NO_SPACE -> throw new IOException("No space left on device");
            case READ_ONLY -> throw new FileSystemException(file, null, "Read-only file system");
            case NONE -> {
            }
        }
    }

    private static final class FaultyChannel extends FileBase {

        private final FileChannel base;
        private final String name;

        FaultyChannel(FileChannel base, String name) {
            this.base = base;
            this.name = name;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            failIfFaulty(name);
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            failIfFaulty(name);
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            failIfFaulty(name);
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            failIfFaulty(name);
            try {
                syncGate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("sync interrupted");
            }
            syncs.incrementAndGet();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
