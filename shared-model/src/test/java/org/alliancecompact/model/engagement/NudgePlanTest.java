package org.alliancecompact.model.engagement;

import static org.alliancecompact.model.engagement.EngagementFixtures.NOW;
import static org.alliancecompact.model.engagement.EngagementFixtures.OLDHAM;
import static org.alliancecompact.model.engagement.EngagementFixtures.daysAgo;
import static org.alliancecompact.model.engagement.SignalKind.DOCUMENTATION_OVERDUE;
import static org.alliancecompact.model.engagement.SignalKind.ENGAGEMENT_RESUMED;
import static org.alliancecompact.model.engagement.SignalKind.MEETING_MISSED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NudgePlanTest {

    private static LadderAssessment assess(Signal... signals) {
        return Ladder.assess("school", List.of(signals), OLDHAM, NOW);
    }

    @Test
    void aLevelIsNudgedOnceWithTheProfilesWording() {
        LadderAssessment a = assess(daysAgo(MEETING_MISSED, 3), daysAgo(MEETING_MISSED, 4));
        Nudge nudge = NudgePlan.plan(a, "Hollins Primary", OLDHAM, Set.of()).orElseThrow();
        assertThat(nudge.key()).isEqualTo("school:1:0");
        assertThat(nudge.level()).isEqualTo(1);
        assertThat(nudge.tell()).contains(Audience.SCHOOL_LEADER);
        assertThat(nudge.message()).startsWith("Hollins Primary: we have missed you. Missed 2 meetings");

        assertThat(NudgePlan.plan(a, "Hollins Primary", OLDHAM, Set.of(nudge.key())))
                .isEmpty();
    }

    @Test
    void aHigherLevelIsANewNudge() {
        LadderAssessment two =
                assess(daysAgo(MEETING_MISSED, 3), daysAgo(MEETING_MISSED, 4), daysAgo(DOCUMENTATION_OVERDUE, 20));
        assertThat(NudgePlan.plan(two, "S", OLDHAM, Set.of("school:1:0"))
                        .orElseThrow()
                        .key())
                .isEqualTo("school:2:0");
    }

    @Test
    void nothingIsSentAtLevelZeroOrForALevelLeftAfterSteppingDown() {
        assertThat(NudgePlan.plan(assess(), "S", OLDHAM, Set.of())).isEmpty();
        LadderAssessment steppedDown = assess(
                daysAgo(MEETING_MISSED, 30),
                daysAgo(MEETING_MISSED, 20),
                daysAgo(DOCUMENTATION_OVERDUE, 40),
                daysAgo(ENGAGEMENT_RESUMED, 1));
        assertThat(steppedDown.level()).isEqualTo(1);
        assertThat(NudgePlan.plan(steppedDown, "S", OLDHAM, Set.of())).isEmpty();
    }

    @Test
    void reachingTheSameLevelInANewEpisodeIsNudgedAgain() {
        Signal resumed = daysAgo(ENGAGEMENT_RESUMED, 30);
        LadderAssessment again = assess(
                daysAgo(MEETING_MISSED, 50),
                daysAgo(MEETING_MISSED, 45),
                resumed,
                daysAgo(MEETING_MISSED, 3),
                daysAgo(MEETING_MISSED, 2));
        Optional<Nudge> nudge = NudgePlan.plan(again, "S", OLDHAM, Set.of("school:1:0"));
        assertThat(nudge).isPresent();
        assertThat(nudge.get().key())
                .isEqualTo("school:1:" + NOW.minus(Duration.ofDays(30)).getEpochSecond());
    }

    @Test
    void withoutANameTheMemberIdIsUsed() {
        LadderAssessment a = assess(daysAgo(MEETING_MISSED, 3), daysAgo(MEETING_MISSED, 4));
        assertThat(NudgePlan.plan(a, null, OLDHAM, null).orElseThrow().message())
                .startsWith("school:");
    }

    @Test
    @org.junit.jupiter.api.DisplayName(
            "issue 17 point 6: a bundled profile's nudge with '({reasons})' never reads '.).', each reason a clause")
    void reasonsInBracketsAreClauses() {
        EngagementRules bolton = new org.alliancecompact.model.profile.ProfileLoader()
                .loadBundled("bolton")
                .engagement();
        LadderAssessment a = Ladder.assess(
                "school",
                List.of(daysAgo(MEETING_MISSED, 30), daysAgo(MEETING_MISSED, 20), daysAgo(DOCUMENTATION_OVERDUE, 60)),
                bolton,
                NOW);
        assertThat(a.reasons()).hasSizeGreaterThan(1);
        Nudge nudge = NudgePlan.plan(a, "Hollins Primary", bolton, Set.of()).orElseThrow();
        assertThat(nudge.message())
                .doesNotContain(".)")
                .doesNotContain("..")
                .contains("11 November 2026; Documentation overdue since 2 October 2026, beyond the 14 days allowed). ")
                .endsWith(".");
    }
}
