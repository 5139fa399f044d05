package cn.jixiao.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every figure is printed as it is measured (lines start with {@code BENCH}), and every target of issue 11 as a
 * PASS or MISS line, repeated together at the end of the run.
 */
final class BenchmarkReport {

    private final List<String> verdicts = new ArrayList<>();

    static void line(String format, Object... args) {
        System.out.println("BENCH " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    static void section(String title) {
        line("");
        line("==== %s", title);
    }

    /** A target met or missed; {@code measured} and {@code wanted} are what the line compares. */
    void target(String name, boolean met, String format, Object... args) {
        String verdict = String.format(Locale.ROOT, "%s %s: ", met ? "PASS" : "MISS", name)
                + String.format(Locale.ROOT, format, args);
        verdicts.add(verdict);
        line("%s", verdict);
    }

    /** A target that could not be judged (the section did not run far enough). */
    void unmeasured(String name, String why) {
        String verdict = "MISS " + name + ": not measured (" + why + ")";
        verdicts.add(verdict);
        line("%s", verdict);
    }

    void summary() {
        section("targets (issue 11)");
        verdicts.forEach(verdict -> line("%s", verdict));
    }

    static double ratio(double measured, double baseline) {
        return baseline <= 0 ? 0 : measured / baseline;
    }
}
