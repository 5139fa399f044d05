package cn.jixiao.app;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The scale of every section, from system properties ({@code -Dbench.<name>=...}). {@code -Dbench.quick=true} makes
 * every default small enough for a smoke run on a busy machine; a property given explicitly always wins.
 */
record BenchmarkSettings(boolean quick, List<Integer> sections,
                         List<Integer> commandTiers, int sequentialCommands, int concurrentCommands, int commandThreads,
                         int warmUpCommands,
                         int rawOps, Duration catchUpTimeout,
                         int projectionBacklog, Duration projectionTimeout,
                         int imports, Duration importTimeout,
                         int rebuildEvents, Duration rebuildTimeout, int rebuildReaders,
                         int idleTenants, Duration idleSettle, Duration idleTime,
                         int readDeclarations, int readRequests, int readWarmUp, List<Integer> readConcurrency,
                         Duration runCap) {

    static BenchmarkSettings fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        return new BenchmarkSettings(quick,
                ints("bench.sections", "1,2,3,4,5,6"),
                ints("bench.commands.tiers", quick ? "1000,3000" : "1000,10000,100000"),
                integer("bench.commands.sequential", quick ? 40 : 200),
                integer("bench.commands.concurrent", quick ? 80 : 400),
                integer("bench.commands.threads", 8),
                integer("bench.commands.warmUp", quick ? 1_000 : 4_000),
                integer("bench.raw.ops", quick ? 500 : 2_000),
                seconds("bench.catchUp.timeoutSeconds", quick ? 120 : 1_800),
                integer("bench.projections.backlog", quick ? 2_000 : 20_000),
                seconds("bench.projections.timeoutSeconds", quick ? 90 : 900),
                integer("bench.imports.count", quick ? 5 : 20),
                seconds("bench.imports.timeoutSeconds", 60),
                integer("bench.rebuild.events", quick ? 2_000 : 1_000_000),
                seconds("bench.rebuild.timeoutSeconds", quick ? 180 : 4 * 3_600),
                integer("bench.rebuild.readers", 4),
                integer("bench.idle.tenants", quick ? 50 : 1_000),
                seconds("bench.idle.settleSeconds", quick ? 10 : 60),
                seconds("bench.idle.seconds", quick ? 15 : 60),
                integer("bench.reads.declarations", quick ? 100 : 10_000),
                integer("bench.reads.requests", quick ? 300 : 2_000),
                integer("bench.reads.warmUp", quick ? 300 : 2_000),
                ints("bench.reads.concurrency", "1,10,100"),
                seconds("bench.runCapSeconds", quick ? 120 : 600));
    }

    boolean runs(int section) {
        return sections.contains(section);
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).replace("_", ""));
    }

    private static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    private static List<Integer> ints(String name, String fallback) {
        return Arrays.stream(System.getProperty(name, fallback).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> Integer.parseInt(s.replace("_", ""))).toList();
    }
}
