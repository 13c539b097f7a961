package org.alliancecompact.bench.ladder;

import java.util.List;
import java.util.Map;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.bench.harness.Jmh;

/** Runs {@link LadderRecomputeBenchmark} and reports it against the target (under 5 s). */
public final class LadderBench {
    private LadderBench() {}

    public static List<BenchResult> run(boolean quick) throws Exception {
        // One core: the JVM sizes its compiler and collector threads for one processor too.
        Map<String, Double> scores = Jmh.run(LadderRecomputeBenchmark.class, quick, "-XX:ActiveProcessorCount=1");
        double millis = scores.getOrDefault("recomputeAll", Double.NaN);
        return List.of(BenchResult.below("ladder", "recompute 20,000 organisations, 1 core", millis, "ms", 5_000));
    }
}
