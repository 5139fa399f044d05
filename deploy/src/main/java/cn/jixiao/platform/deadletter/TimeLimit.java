package cn.jixiao.platform.deadletter;

import org.axonframework.common.AxonThreadFactory;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a projection's write on a thread of its own and waits at most the limit for it: past the limit the write is
 * interrupted (a Mongo call gives up) and counted as failed, so the processor's worker, shared by all tenants, is
 * free again. A write that ignores the interrupt (pure computation) runs on to its end on its own thread, where it
 * holds no worker; its result is then harmless, as every projection write is idempotent.
 */
public final class TimeLimit implements AutoCloseable {

    private final Duration limit;
    private final ExecutorService writers = Executors.newCachedThreadPool(new AxonThreadFactory("projection-write"));

    public TimeLimit(Duration limit) {
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** Runs {@code write}; throws what it threw, or {@link Exceeded} past the limit. */
    public void run(Runnable write) {
        Future<?> running = writers.submit(write);
        try {
            running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new Exceeded(limit);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("投影写入被中断", e);
        } catch (CancellationException e) {
            throw new Exceeded(limit);
        }
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }

    /** A projection's write that took longer than the limit. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(Duration limit) {
            super("投影写入超过时限 " + limit.toMillis() + " ms");
        }
    }
}
