package org.alliancecompact.bench.plugin;

import java.util.List;
import java.util.Map;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.bench.harness.Jmh;

/** Runs {@link MacroRenderBenchmark} against the targets (20 ms and 10 ms). */
public final class MacroBench {
    private MacroBench() {}

    public static List<BenchResult> run(boolean quick) throws Exception {
        Map<String, Double> scores = Jmh.run(MacroRenderBenchmark.class, quick);
        return List.of(
                BenchResult.below(
                        "macro",
                        "support register, 1,000 members (coordinator)",
                        scores.getOrDefault("register", Double.NaN),
                        "ms",
                        20),
                BenchResult.below(
                        "macro",
                        "MOU signatures, 200 members x 2 roles",
                        scores.getOrDefault("signature", Double.NaN),
                        "ms",
                        10));
    }
}
