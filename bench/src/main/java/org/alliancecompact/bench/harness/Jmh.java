package org.alliancecompact.bench.harness;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs one JMH benchmark class in a forked JVM, one thread, and hands back each method's score. */
public final class Jmh {
    private Jmh() {}

    /**
     * @param jvmArgs more options for the forked JVM
     * @return score (in the benchmark's own time unit) by benchmark method name
     */
    public static Map<String, Double> run(Class<?> benchmark, boolean quick, String... jvmArgs) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .jvmArgsAppend(jvmArgs)
                .shouldFailOnError(true);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult result : new Runner(options.build()).run()) {
            String label = result.getPrimaryResult().getLabel();
            scores.put(label, result.getPrimaryResult().getScore());
        }
        return scores;
    }
}
