package org.alliancecompact.bench.ladder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.alliancecompact.model.engagement.EngagementRules;
import org.alliancecompact.model.engagement.Ladder;
import org.alliancecompact.model.engagement.LadderAssessment;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.profile.ProfileLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The nightly engagement recomputation: every organisation's ladder level from a year of signals
 * (grouped by organisation first, as they come from the store in one list), on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class LadderRecomputeBenchmark {

    @Param("20000")
    public int organisations;

    private List<Signal> signals;
    private List<String> memberIds;
    private EngagementRules rules;
    private Instant now;

    @Setup(Level.Trial)
    public void generate() {
        now = Instant.parse("2026-03-02T09:00:00Z");
        rules = new ProfileLoader().loadBundled("oldham").engagement();
        signals = new SignalGenerator(20_260_302L, now).generate(organisations);
        memberIds = new ArrayList<>(organisations);
        for (int i = 0; i < organisations; i++) {
            memberIds.add(SignalGenerator.memberId(i));
        }
        int[] levels = new int[5];
        for (LadderAssessment a : recompute()) {
            levels[a.level()]++;
        }
        System.out.printf(
                "%n%d organisations, %d signals; levels 0..4: %d %d %d %d %d%n",
                organisations, signals.size(), levels[0], levels[1], levels[2], levels[3], levels[4]);
    }

    @Benchmark
    public void recomputeAll(Blackhole blackhole) {
        for (LadderAssessment a : recompute()) {
            blackhole.consume(a);
        }
    }

    private List<LadderAssessment> recompute() {
        Map<String, List<Signal>> byMember = new HashMap<>(organisations * 2);
        for (Signal s : signals) {
            byMember.computeIfAbsent(s.memberId(), k -> new ArrayList<>()).add(s);
        }
        List<LadderAssessment> out = new ArrayList<>(memberIds.size());
        for (String id : memberIds) {
            out.add(Ladder.assess(id, byMember.getOrDefault(id, List.of()), rules, now));
        }
        return out;
    }
}
