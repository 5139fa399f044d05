package cn.jixiao.command.importing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worst spreadsheet within the 5 MB limit: the seed form with a million rows below it. Prints how long it
 * takes to read and how much heap the reading adds at its peak (sampled), for the README.
 */
@Tag("benchmark")
class WorstSpreadsheetBenchmark {

    @Test
    void aMillionRowSpreadsheetIsReadInBoundedMemory() throws InterruptedException {
        byte[] xlsx = LongSheets.seedWithRowsBelow(1_000_000);
        assertThat(xlsx.length).isLessThan(5 * 1024 * 1024);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int run = 1; run <= 3; run++) {
            System.gc();
            Thread.sleep(200);
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            AtomicBoolean reading = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (reading.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    Thread.onSpinWait();
                }
            });
            sampler.start();
            long started = System.nanoTime();
            ImportedForm form = FormFiles.read(xlsx);
            long millis = (System.nanoTime() - started) / 1_000_000;
            reading.set(false);
            sampler.join();
            assertThat(form.indicatorCount()).isEqualTo(44);
            System.out.printf("WorstSpreadsheetBenchmark run %d: %,d-byte xlsx with 1,000,000 rows below the form: "
                            + "read in %,d ms, heap peak +%,d MB over a %,d MB baseline (sampled, garbage included)%n",
                    run, xlsx.length, millis, (peak.get() - baseline) / 1024 / 1024, baseline / 1024 / 1024);
        }
    }

    /** The load: 8 such uploads at once (before streaming, they took the heap to its ceiling). */
    @Test
    void eightMillionRowSpreadsheetsAtOnceStayInBoundedMemory() throws Exception {
        byte[] xlsx = LongSheets.seedWithRowsBelow(1_000_000);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        ExecutorService uploads = Executors.newFixedThreadPool(8);
        try {
            for (int run = 1; run <= 2; run++) {
                System.gc();
                Thread.sleep(200);
                long baseline = memory.getHeapMemoryUsage().getUsed();
                heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
                AtomicLong peak = new AtomicLong(baseline);
                AtomicBoolean reading = new AtomicBoolean(true);
                Thread sampler = new Thread(() -> {
                    while (reading.get()) {
                        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.start();
                long started = System.nanoTime();
                List<Callable<ImportedForm>> eight = IntStream.range(0, 8)
                        .<Callable<ImportedForm>>mapToObj(i -> () -> FormFiles.read(xlsx)).toList();
                for (Future<ImportedForm> form : uploads.invokeAll(eight)) {
                    assertThat(form.get().indicatorCount()).isEqualTo(44);
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                reading.set(false);
                sampler.join();
                long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
                System.gc();
                Thread.sleep(200);
                long after = memory.getHeapMemoryUsage().getUsed();
                System.out.printf("WorstSpreadsheetBenchmark 8 at once, run %d: 8 x %,d-byte xlsx read in %,d ms; heap "
                                + "peak +%,d MB sampled (+%,d MB by pool peaks) over a %,d MB baseline, %,d MB after GC, "
                                + "max heap %,d MB%n", run, xlsx.length, millis, (peak.get() - baseline) / 1024 / 1024,
                        (poolPeaks - baseline) / 1024 / 1024, baseline / 1024 / 1024, after / 1024 / 1024,
                        memory.getHeapMemoryUsage().getMax() / 1024 / 1024);
            }
        } finally {
            uploads.shutdownNow();
        }
    }
}
