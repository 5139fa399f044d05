package cn.jixiao.app;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Runs one operation a bounded number of times on N threads (each blocking on its own call, as N clients would)
 * and keeps every latency. Bounded twice: by the count and by a time cap, so a slow build cannot hang a run.
 */
final class BenchmarkLoad {

    /** One call; {@code i} numbers the calls 0..count-1 across threads, {@code worker} is the thread's number. */
    @FunctionalInterface
    interface Call {
        void run(int worker, int i) throws Exception;
    }

    /** What a run measured: successful calls, failures, wall time, sorted latencies (ns) of the successful calls. */
    record Result(String label, int concurrency, int ok, int errors, double seconds, long[] sortedNanos,
                  String firstError) {

        double perSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }

        double percentileMillis(double q) {
            return BenchmarkLoad.percentileMillis(sortedNanos, q);
        }

        String describe() {
            return String.format(Locale.ROOT, "%-44s x%-3d %8.1f/s  p50 %8.1f ms  p99 %8.1f ms  (%d ok, %d failed, %.1f s)%s",
                    label, concurrency, perSecond(), percentileMillis(0.50), percentileMillis(0.99), ok, errors, seconds,
                    firstError == null ? "" : "  first failure: " + firstError);
        }
    }

    private BenchmarkLoad() {
    }

    static Result run(String label, int concurrency, int count, Duration cap, Call call) {
        return run(label, concurrency, count, cap, () -> false, call);
    }

    /** The same, also ending early once {@code stop} says so (a background load beside a measurement). */
    static Result run(String label, int concurrency, int count, Duration cap, BooleanSupplier stop, Call call) {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[][] latencies = new long[concurrency][];
        long deadline = System.nanoTime() + cap.toNanos();
        long started = System.nanoTime();
        try {
            Future<?>[] workers = new Future<?>[concurrency];
            for (int w = 0; w < concurrency; w++) {
                int worker = w;
                workers[w] = threads.submit(() -> latencies[worker] = loop(worker, count, deadline, stop, next, errors, firstError, call));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("load run " + label + " broke", e);
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        Result result = new Result(label, concurrency, all.length, errors.get(), seconds, all, firstError.get());
        BenchmarkReport.line("%s", result.describe());
        return result;
    }

    private static long[] loop(int worker, int count, long deadline, BooleanSupplier stop, AtomicInteger next, AtomicInteger errors,
                               AtomicReference<String> firstError, Call call) {
        long[] mine = new long[Math.min(count, 1 << 16)];
        int n = 0;
        int i;
        while (System.nanoTime() < deadline && !stop.getAsBoolean() && (i = next.getAndIncrement()) < count) {
            long start = System.nanoTime();
            try {
                call.run(worker, i);
                if (n == mine.length) {
                    mine = Arrays.copyOf(mine, mine.length * 2);
                }
                mine[n++] = System.nanoTime() - start;
            } catch (Exception | AssertionError e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e.toString());
            }
        }
        return Arrays.copyOf(mine, n);
    }

    static double percentileMillis(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    /** Waits for a pool's threads at the end of a section that started some of its own. */
    static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
