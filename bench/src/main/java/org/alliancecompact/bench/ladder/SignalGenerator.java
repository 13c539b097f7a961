package org.alliancecompact.bench.ladder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;

/**
 * A year of engagement signals for many organisations, the same every run for the same seed. Most
 * organisations are engaged (an occasional missed meeting), some drift (several misses, late
 * documentation, sometimes a resumption) and a few disengage (missed meetings, documentation and
 * evidence overdue): roughly what an alliance coordinator sees, at scale.
 */
public final class SignalGenerator {
    /** Alliance meetings in a year and evaluations due in a year, per organisation. */
    private static final int MEETINGS = 10;

    private static final int EVALUATIONS = 2;

    private final Random random;
    private final Instant now;

    public SignalGenerator(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    public static String memberId(int index) {
        return String.format("org-%05d", index);
    }

    /** Signals of organisations {@code org-00000} to {@code org-<n-1>}, in time order, as a store would hand them over. */
    public List<Signal> generate(int organisations) {
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < organisations; i++) {
            signals.addAll(forOrganisation(memberId(i)));
        }
        signals.sort(Comparator.comparing(Signal::at));
        return signals;
    }

    private List<Signal> forOrganisation(String id) {
        double kind = random.nextDouble();
        double missChance = kind < 0.7 ? 0.03 : kind < 0.9 ? 0.25 : 0.6;
        double documentationChance = kind < 0.7 ? 0.01 : kind < 0.9 ? 0.15 : 0.5;
        double evidenceChance = kind < 0.7 ? 0.0 : kind < 0.9 ? 0.05 : 0.4;
        double resumeChance = kind < 0.7 ? 0.02 : 0.3;
        List<Signal> signals = new ArrayList<>();
        for (int m = 0; m < MEETINGS; m++) {
            if (random.nextDouble() < missChance) {
                // meetings every five weeks or so, the last one a few days ago
                Instant at = now.minus(Duration.ofDays(3 + 35L * m + random.nextInt(3)));
                signals.add(new Signal(id, SignalKind.MEETING_MISSED, at, "Alliance meeting"));
            }
        }
        for (int e = 0; e < EVALUATIONS; e++) {
            if (random.nextDouble() < missChance) {
                signals.add(new Signal(id, SignalKind.EVALUATION_NOT_RETURNED, daysAgo(365), "Evaluation of support"));
            }
        }
        if (random.nextDouble() < documentationChance) {
            signals.add(new Signal(id, SignalKind.DOCUMENTATION_OVERDUE, daysAgo(120), "Self-review"));
        }
        if (random.nextDouble() < evidenceChance) {
            signals.add(new Signal(id, SignalKind.EVIDENCE_OVERDUE, daysAgo(200), "Evidence of impact"));
        }
        if (random.nextDouble() < resumeChance) {
            signals.add(new Signal(id, SignalKind.ENGAGEMENT_RESUMED, daysAgo(150), "Attended a meeting"));
        }
        return signals;
    }

    private Instant daysAgo(int within) {
        return now.minus(Duration.ofDays(1 + random.nextInt(within))).minus(Duration.ofMinutes(random.nextInt(600)));
    }
}
