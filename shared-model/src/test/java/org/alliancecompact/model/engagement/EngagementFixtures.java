package org.alliancecompact.model.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Oldham-like ladder: 2 misses in 90 days, 14 days' grace, level 4 after 8 weeks at level 3. */
final class EngagementFixtures {

    static final EngagementRules OLDHAM = new EngagementRules(
            2,
            Duration.ofDays(90),
            Duration.ofDays(14),
            Duration.ofDays(14),
            Duration.ofDays(56),
            List.of(
                    new LadderLevel(
                            1,
                            "Does not engage in Partnership activities",
                            List.of("Collaborative lead contacts the school leader"),
                            Set.of(Audience.SCHOOL_LEADER, Audience.COLLABORATIVE_LEAD),
                            "{organisation}: we have missed you. {reasons}"),
                    new LadderLevel(
                            2,
                            "Fails to provide documentation",
                            List.of("EPL offers support to complete paperwork", "Chair of Governors informed"),
                            Set.of(Audience.PARTNERSHIP_LEADER, Audience.CHAIR_OF_GOVERNORS),
                            "{organisation}: documentation overdue. {reasons}"),
                    new LadderLevel(
                            3,
                            "Fails to provide evidence of impact",
                            List.of("EPL determines causes with Headteacher and Chair"),
                            Set.of(Audience.PARTNERSHIP_LEADER, Audience.CHAIR_OF_GOVERNORS),
                            "{organisation}: evidence overdue. {reasons}"),
                    new LadderLevel(
                            4,
                            "Continues to refuse to engage",
                            List.of("LA/RSC to use statutory provisions"),
                            Set.of(Audience.DIRECTOR_OR_REGIONAL_OFFICE),
                            "{organisation}: referred. {reasons}")));

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private EngagementFixtures() {}

    static Signal signal(SignalKind kind, Instant at) {
        return new Signal("school", kind, at, null);
    }

    static Signal daysAgo(SignalKind kind, long days) {
        return signal(kind, NOW.minus(Duration.ofDays(days)));
    }
}
