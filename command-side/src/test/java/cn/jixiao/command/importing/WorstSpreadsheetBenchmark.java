package cn.jixiao.command.importing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

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
}
