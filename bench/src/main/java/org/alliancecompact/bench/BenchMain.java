package org.alliancecompact.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.bench.fanout.FanOutBench;
import org.alliancecompact.bench.harness.JdkHttpServers;
import org.alliancecompact.bench.ladder.LadderBench;
import org.alliancecompact.bench.plugin.MacroBench;
import org.alliancecompact.bench.plugin.RegisterRestBench;
import org.alliancecompact.bench.slack.BotAckBench;

/**
 * Runs the named benchmarks and prints their figures; {@code scripts/bench.sh} runs each in its own
 * JVM and then prints the summary of all of them.
 *
 * <pre>
 * BenchMain [--quick] [--results FILE] NAME...   run benchmarks (names: see {@link #BENCHMARKS})
 * BenchMain summary FILE                         print the table of results gathered in FILE
 * </pre>
 */
public final class BenchMain {

    @FunctionalInterface
    interface Bench {
        List<BenchResult> run(boolean quick) throws Exception;
    }

    static final Map<String, Bench> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("ladder", LadderBench::run);
        BENCHMARKS.put("bot-ack", BotAckBench::run);
        BENCHMARKS.put("fanout", FanOutBench::run);
        BENCHMARKS.put("macro", MacroBench::run);
        BENCHMARKS.put("rest", RegisterRestBench::run);
    }

    /** Jersey and HK2 log start-up chatter through java.util.logging; kept here so it stays configured. */
    private static final java.util.logging.Logger GLASSFISH = java.util.logging.Logger.getLogger("org.glassfish");

    private BenchMain() {}

    /** The system load average over the last minute (runnable processes), or NaN where unknown. */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public static void main(String[] args) throws Exception {
        JdkHttpServers.noDelay();
        GLASSFISH.setLevel(java.util.logging.Level.SEVERE);
        if (args.length == 2 && args[0].equals("summary")) {
            System.out.print(SummaryTable.format(SummaryTable.read(Path.of(args[1]))));
            return;
        }
        if (args.length == 1 && args[0].equals("list")) {
            BENCHMARKS.keySet().forEach(System.out::println);
            return;
        }
        boolean quick = false;
        Path resultsFile = null;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--results" -> resultsFile = Path.of(args[++i]);
                default -> names.add(args[i]);
            }
        }
        if (names.isEmpty()) {
            names.addAll(BENCHMARKS.keySet());
        }
        for (String name : names) {
            if (!BENCHMARKS.containsKey(name)) {
                System.err.println("unknown benchmark " + name + "; known: " + String.join(", ", BENCHMARKS.keySet()));
                System.exit(2);
            }
        }
        for (String name : names) {
            System.out.println("=== " + name + (quick ? " (quick)" : ""));
            double load = loadAverage();
            List<BenchResult> results = new ArrayList<>();
            // Other work on the machine shows in every latency figure: say how busy it was.
            results.add(BenchResult.info(name, "machine load (1-min average) at start", load, ""));
            results.addAll(BENCHMARKS.get(name).run(quick));
            System.out.print(SummaryTable.format(results));
            if (resultsFile != null) {
                SummaryTable.append(resultsFile, results);
            }
        }
        // Servers' non-daemon threads must not keep the JVM alive after the figures are out.
        System.exit(0);
    }
}
