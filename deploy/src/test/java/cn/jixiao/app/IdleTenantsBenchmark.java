package cn.jixiao.app;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.Tenant;
import cn.jixiao.platform.tenancy.TenantRegistry;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import cn.jixiao.app.keys.RecordedMongoCommands;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What started tenants cost while nothing happens: CPU seconds of the whole service (embedded MongoDB included)
 * over a minute, threads, heap after GC. Run on demand (tenants and minutes by system property):
 * <pre>
 * ./mvnw -B -q -pl deploy -am test -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=IdleTenantsBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Didle.tenants=1000 -Didle.seconds=60
 * </pre>
 */
@ServiceTest
@Tag("benchmark")
@Import(RecordedMongoCommands.class)
class IdleTenantsBenchmark {

    @Autowired
    RecordedMongoCommands commands;

    @Autowired
    TenantRegistry registry;
    @Autowired
    TenantRuntimes runtimes;

    @Test
    void startedTenantsWithNothingToDoCostAlmostNothing() throws Exception {
        int tenants = Integer.getInteger("idle.tenants", 1000);
        Duration idle = Duration.ofSeconds(Long.getLong("idle.seconds", 60));
        String run = UUID.randomUUID().toString().substring(0, 6);
        long starting = System.nanoTime();
        for (int i = 0; i < tenants; i++) {
            Tenant tenant = registry.register(TenantId.of("idle-" + run + "-" + i), "空闲财政局 " + i, "湖南省");
            runtimes.start(tenant);
        }
        report("started %d tenants in %.1f s", tenants, (System.nanoTime() - starting) / 1e9);
        Thread.sleep(Duration.ofSeconds(Long.getLong("idle.settle-seconds", 60)).toMillis()); // claims, reads, JIT settle
        System.gc(); // what the start-ups left behind is not idle cost

        ThreadMXBean threadCpu = ManagementFactory.getThreadMXBean();
        Map<Long, Long> threadsBefore = threadCpu(threadCpu);
        long gcBefore = gcMillis();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        commands.start();
        Thread.sleep(idle.toMillis());
        long cpu = processCpuNanos() - cpuBefore;
        reportCommands(commands.stop(), tenants, idle);
        report("  GC %.2f s, JIT %.2f s (elapsed, not CPU)", (gcMillis() - gcBefore) / 1e3,
               (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore) / 1e3);
        reportBusiestThreads(threadCpu, threadsBefore);
        double wall = (System.nanoTime() - wallBefore) / 1e9;

        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        report("%d idle tenants for %.0f s: %.2f CPU s = %.2f%% of one core; %d threads; heap after GC %d MB",
               tenants, wall, cpu / 1e9, 100.0 * cpu / 1e9 / wall, threads.getThreadCount(),
               memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
    }

    private static Map<Long, Long> threadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /** CPU by thread name (numbers stripped, so pools add up): where an idle service still spends. */
    private static void reportBusiestThreads(ThreadMXBean threads, Map<Long, Long> before) {
        Map<String, Long> byName = new TreeMap<>();
        threadCpu(threads).forEach((id, after) -> {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            if (info != null && after >= 0) {
                byName.merge(info.getThreadName().replaceAll("\\d+", "#"), after - before.getOrDefault(id, 0L), Long::sum);
            }
        });
        byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
              .forEach(entry -> report("  %-40s %.2f CPU s", entry.getKey(), entry.getValue() / 1e9));
    }

    /** What the idle service still asks of the database, by command and collection. */
    private static void reportCommands(List<RecordedMongoCommands.Recorded> recorded, int tenants, Duration idle) {
        Map<String, Long> byKind = recorded.stream().collect(Collectors.groupingBy(
                command -> command.name() + " " + collection(command), TreeMap::new, Collectors.counting()));
        report("  %d database commands, %.2f per tenant per minute", recorded.size(),
               recorded.size() * 60.0 / tenants / Math.max(1, idle.toSeconds()));
        byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
              .forEach(entry -> report("  %-40s %d", entry.getKey(), entry.getValue()));
    }

    private static String collection(RecordedMongoCommands.Recorded command) {
        org.bson.BsonValue target = command.command().get(command.name());
        return target != null && target.isString() ? target.asString().getValue() : "";
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(String format, Object... args) {
        System.out.println("[idle-tenants] " + String.format(Locale.ROOT, format, args));
    }
}
