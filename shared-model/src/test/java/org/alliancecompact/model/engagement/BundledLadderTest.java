package org.alliancecompact.model.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/** The ladder with Oldham's own profile: who is told at each level comes from the disengagement protocol. */
class BundledLadderTest {

    private static final AllianceProfile OLDHAM = new ProfileLoader().loadBundled("oldham");
    private static final EngagementRules RULES = OLDHAM.engagement();
    private static final Instant NOW = Instant.parse("2027-02-01T12:00:00Z");

    private static LadderAssessment assess(Signal... signals) {
        return Ladder.assess("school", List.of(signals), RULES, NOW, OLDHAM.timeZone());
    }

    private static Signal ago(SignalKind kind, long days) {
        return new Signal("school", kind, NOW.minus(Duration.ofDays(days)), null);
    }

    @Test
    void levelOneTellsTheSchoolLeader() {
        LadderAssessment a = assess(ago(SignalKind.MEETING_MISSED, 30), ago(SignalKind.MEETING_MISSED, 2));
        assertThat(a.level()).isEqualTo(1);
        assertThat(a.tell()).contains(Audience.SCHOOL_LEADER);
    }

    @Test
    void levelTwoInformsTheChairOfGovernors() {
        LadderAssessment a = assess(ago(SignalKind.DOCUMENTATION_OVERDUE, 15));
        assertThat(a.level()).isEqualTo(2);
        assertThat(a.tell()).contains(Audience.CHAIR_OF_GOVERNORS);
        assertThat(a.actions()).anyMatch(action -> action.contains("Chair of Governors"));
    }

    @Test
    void levelThreeInvolvesThePartnershipLeaderAndLevelFourTheDirectorOrRegionalOffice() {
        // Oldham: 28 days' grace for evidence, level 4 after 60 days at level 3.
        assertThat(assess(ago(SignalKind.EVIDENCE_OVERDUE, 29)).tell()).contains(Audience.PARTNERSHIP_LEADER);
        assertThat(assess(ago(SignalKind.EVIDENCE_OVERDUE, 87)).level()).isEqualTo(3);
        LadderAssessment four = assess(ago(SignalKind.EVIDENCE_OVERDUE, 88));
        assertThat(four.level()).isEqualTo(4);
        assertThat(four.tell()).contains(Audience.DIRECTOR_OR_REGIONAL_OFFICE);
    }

    @Test
    void theNudgeUsesOldhamsWording() {
        LadderAssessment a = assess(ago(SignalKind.DOCUMENTATION_OVERDUE, 15));
        Nudge nudge =
                NudgePlan.plan(a, "Hollins Primary", RULES, java.util.Set.of()).orElseThrow();
        assertThat(nudge.message())
                .startsWith("Hollins Primary has documentation outstanding (Documentation overdue since");
    }

    /**
     * Unreturned evaluations reach level 1 with missed meetings ({@link Ladder}); level 2 is documentation
     * alone. Each profile's level titles say so, as a newcomer found Bolton's level 2 titled "Evaluations of
     * support received..." for overdue paperwork.
     */
    @Test
    void eachBundledProfilesLevelTitlesMatchWhatTriggersThem() {
        for (String name : ProfileLoader.BUNDLED) {
            EngagementRules rules = new ProfileLoader().loadBundled(name).engagement();
            assertThat(rules.level(2).description().toLowerCase(java.util.Locale.UK))
                    .as(name + " level 2")
                    .doesNotContain("evaluation");
            assertThat(rules.level(1).description() + rules.level(1).nudge())
                    .as(name + " level 1")
                    .doesNotContain("has missed recent");
        }
        assertThat(new ProfileLoader()
                        .loadBundled("bolton")
                        .engagement()
                        .level(1)
                        .description())
                .contains("evaluations of support received (protocol 26)");
    }
}
