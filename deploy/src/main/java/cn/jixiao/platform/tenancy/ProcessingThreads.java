package cn.jixiao.platform.tenancy;

import org.axonframework.common.AxonThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The threads of all tenants' processors, which log what a task threw instead of keeping it in a future nobody reads.
 * <p>
 * Why: Axon's coordinator catches {@code Exception} and retries, but an {@code Error} (an {@code OutOfMemoryError}
 * above all) ends its task silently, leaves its gate closed and schedules nothing: the processor stands still, holding
 * its claims, and nothing says why. (An early full-scale run of the benchmark's section 4 ran out of heap while
 * groups stood still with nothing in the log.)
 */
final class ProcessingThreads extends ScheduledThreadPoolExecutor {

    private static final Logger log = LoggerFactory.getLogger(ProcessingThreads.class);

    private final String name;

    ProcessingThreads(int threads, String name) {
        super(threads, new AxonThreadFactory(name));
        this.name = name;
    }

    @Override
    protected void afterExecute(Runnable task, Throwable thrown) {
        super.afterExecute(task, thrown);
        Throwable failure = thrown != null ? thrown : failureOf(task);
        if (failure != null) {
            log.error("A task on the {} threads ended with {}; if it was a processor's, that processor may have stopped"
                      + " until the tenant is restarted", name, failure.toString(), failure);
        }
    }

    /** What a finished scheduled task threw (a periodic task that is still scheduled has not finished). */
    private static Throwable failureOf(Runnable task) {
        if (!(task instanceof Future<?> future) || !future.isDone() || future.isCancelled()) {
            return null;
        }
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
