package cn.jixiao.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the whole process costs: CPU time (all its threads), heap after a full GC, threads, resident memory. */
final class BenchmarkIdle {

    record Sample(long cpuNanos, long wallNanos) {
    }

    record Memory(long heapBytes, int threads, String rss) {
    }

    private BenchmarkIdle() {
    }

    static Sample sample() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Sample(os.getProcessCpuTime(), System.nanoTime());
    }

    static Memory afterGc() {
        System.gc();
        System.gc();
        return new Memory(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                ManagementFactory.getThreadMXBean().getThreadCount(), rss());
    }

    /** VmRSS on Linux; "n/a" elsewhere. */
    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring("VmRSS:".length()).trim()).findFirst().orElse("n/a");
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
