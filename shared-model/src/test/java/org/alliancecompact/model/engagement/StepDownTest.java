package org.alliancecompact.model.engagement;

import static org.alliancecompact.model.engagement.EngagementFixtures.NOW;
import static org.alliancecompact.model.engagement.EngagementFixtures.OLDHAM;
import static org.alliancecompact.model.engagement.EngagementFixtures.daysAgo;
import static org.alliancecompact.model.engagement.SignalKind.DOCUMENTATION_OVERDUE;
import static org.alliancecompact.model.engagement.SignalKind.ENGAGEMENT_RESUMED;
import static org.alliancecompact.model.engagement.SignalKind.EVALUATION_NOT_RETURNED;
import static org.alliancecompact.model.engagement.SignalKind.EVIDENCE_OVERDUE;
import static org.alliancecompact.model.engagement.SignalKind.MEETING_MISSED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Step-down after engagement resumes keeps only the reasons still true (issue 18, finding 3): the
 * resumption closes the concern at the level it found and those above; lower concerns stay only while
 * they still hold. Oldham's ladder: level 1 "does not engage in Partnership activities", level 2 "fails
 * to provide documentation", level 3 "fails to provide evidence of activities undertaken and the impact",
 * level 4 "continues to refuse to engage".
 */
class StepDownTest {

    private static LadderAssessment assess(Signal... signals) {
        return Ladder.assess("school", List.of(signals), OLDHAM, NOW);
    }

    private static final Signal RESUMED = daysAgo(ENGAGEMENT_RESUMED, 2);

    @Nested
    @DisplayName("from level 1, 'does not engage in Partnership activities'")
    class FromLevelOne {

        @Test
        @DisplayName("with nothing else open: engaged, no reasons")
        void toEngaged() {
            LadderAssessment before = assess(daysAgo(MEETING_MISSED, 20), daysAgo(MEETING_MISSED, 10));
            assertThat(before.level()).isEqualTo(1);
            LadderAssessment a = assess(daysAgo(MEETING_MISSED, 20), daysAgo(MEETING_MISSED, 10), RESUMED);
            assertThat(a.level()).isZero();
            assertThat(a.reasons()).isEmpty();
            assertThat(a.steppedDown()).isFalse();
        }

        @Test
        @DisplayName("its misses are answered: one new miss after the resumption is not level 1 again")
        void oldAndNewMissesDoNotAddUpAfterLevelOneClosed() {
            // Level 1 was closed by the resumption: its misses are answered, a single new miss is not level 1.
            assertThat(assess(
                                    daysAgo(MEETING_MISSED, 20),
                                    daysAgo(MEETING_MISSED, 10),
                                    RESUMED,
                                    daysAgo(MEETING_MISSED, 1))
                            .level())
                    .isZero();
        }
    }

    @Nested
    @DisplayName("from level 2, 'fails to provide documentation'")
    class FromLevelTwo {

        @Test
        @DisplayName("with nothing else open: engaged; no level 1 reason is invented and the documentation reason goes")
        void toEngagedWithoutInventedReasons() {
            LadderAssessment a = assess(daysAgo(DOCUMENTATION_OVERDUE, 60), RESUMED);
            assertThat(a.level()).isZero();
            assertThat(a.reasons()).isEmpty();
        }

        @Test
        @DisplayName("with missed meetings still inside the lookback: level 1, for those misses only")
        void toLevelOneForTheMissesStillTrue() {
            LadderAssessment a = assess(
                    new Signal("school", MEETING_MISSED, NOW.minus(Duration.ofDays(30)), "BLA meeting"),
                    new Signal("school", MEETING_MISSED, NOW.minus(Duration.ofDays(20)), "BLA meeting"),
                    daysAgo(DOCUMENTATION_OVERDUE, 60),
                    RESUMED);
            assertThat(a.level()).isEqualTo(1);
            assertThat(a.steppedDown()).isTrue();
            assertThat(a.reasons())
                    .containsExactly(
                            "Stepped down from level 2 to level 1 when engagement resumed on 29 November 2026;"
                                    + " still open:",
                            "Missed 2 meetings in the last 90 days: BLA meeting (1 November 2026),"
                                    + " BLA meeting (11 November 2026).");
            assertThat(String.join(" ", a.reasons())).doesNotContain("Documentation");
            assertThat(a.tell()).isEqualTo(OLDHAM.level(1).tell());
        }

        @Test
        @DisplayName("with misses that have since left the lookback: engaged")
        void missesThatAgedOutNoLongerCount() {
            // Both misses were inside the 90 days when engagement resumed, 2 days ago; one is no longer.
            assertThat(assess(
                                    daysAgo(MEETING_MISSED, 91),
                                    daysAgo(EVALUATION_NOT_RETURNED, 30),
                                    daysAgo(DOCUMENTATION_OVERDUE, 60),
                                    RESUMED)
                            .level())
                    .isZero();
        }

        @Test
        @DisplayName("with one miss still open, a new miss after the resumption makes level 1 again")
        void aStillOpenMissCountsWithAFreshOne() {
            LadderAssessment a = assess(
                    daysAgo(MEETING_MISSED, 30),
                    daysAgo(DOCUMENTATION_OVERDUE, 60),
                    RESUMED,
                    daysAgo(MEETING_MISSED, 1));
            assertThat(a.level()).isEqualTo(1);
            assertThat(a.reasons()).last().asString().startsWith("Missed 2 meetings");
        }

        @Test
        @DisplayName("new evidence overdue after the resumption escalates to level 3 afresh")
        void freshSignalsAboveTheClosedLevelEscalate() {
            LadderAssessment a = assess(
                    daysAgo(DOCUMENTATION_OVERDUE, 60), daysAgo(ENGAGEMENT_RESUMED, 40), daysAgo(EVIDENCE_OVERDUE, 20));
            assertThat(a.level()).isEqualTo(3);
            assertThat(a.steppedDown()).isFalse();
            assertThat(String.join(" ", a.reasons())).doesNotContain("Documentation");
        }
    }

    @Nested
    @DisplayName("from level 3, 'fails to provide evidence of activities undertaken and the impact'")
    class FromLevelThree {

        @Test
        @DisplayName("with nothing else open: engaged")
        void toEngaged() {
            assertThat(assess(daysAgo(EVIDENCE_OVERDUE, 40), RESUMED).level()).isZero();
        }

        @Test
        @DisplayName("with documentation still overdue: level 2 for the documentation, the evidence reason goes")
        void toLevelTwo() {
            LadderAssessment a = assess(daysAgo(EVIDENCE_OVERDUE, 40), daysAgo(DOCUMENTATION_OVERDUE, 50), RESUMED);
            assertThat(a.level()).isEqualTo(2);
            assertThat(a.steppedDown()).isTrue();
            assertThat(a.reasons().get(0)).startsWith("Stepped down from level 3 to level 2");
            assertThat(a.reasons()).hasSize(2);
            assertThat(a.reasons().get(1)).startsWith("Documentation overdue since 12 October 2026");
            assertThat(String.join(" ", a.reasons())).doesNotContain("Evidence");
        }

        @Test
        @DisplayName("with documentation and misses open: each resumption closes the next level down")
        void eachResumptionClosesTheNextLevel() {
            Signal[] open = {
                daysAgo(EVIDENCE_OVERDUE, 40),
                daysAgo(DOCUMENTATION_OVERDUE, 50),
                daysAgo(MEETING_MISSED, 20),
                daysAgo(MEETING_MISSED, 15)
            };
            LadderAssessment once = assess(open[0], open[1], open[2], open[3], daysAgo(ENGAGEMENT_RESUMED, 5));
            assertThat(once.level()).isEqualTo(2);
            assertThat(once.reasons()).hasSize(3);
            LadderAssessment twice = assess(
                    open[0], open[1], open[2], open[3], daysAgo(ENGAGEMENT_RESUMED, 5), daysAgo(ENGAGEMENT_RESUMED, 3));
            assertThat(twice.level()).isEqualTo(1);
            assertThat(twice.reasons().get(0)).startsWith("Stepped down from level 2 to level 1");
            assertThat(String.join(" ", twice.reasons()))
                    .doesNotContain("Documentation")
                    .doesNotContain("Evidence");
            LadderAssessment thrice = assess(
                    open[0],
                    open[1],
                    open[2],
                    open[3],
                    daysAgo(ENGAGEMENT_RESUMED, 5),
                    daysAgo(ENGAGEMENT_RESUMED, 3),
                    daysAgo(ENGAGEMENT_RESUMED, 1));
            assertThat(thrice.level()).isZero();
        }
    }

    @Nested
    @DisplayName("from level 4, 'continues to refuse to engage'")
    class FromLevelFour {

        @Test
        @DisplayName("to level 3 while the evidence is still overdue, without the level 4 reason, and not back to 4")
        void toLevelThree() {
            LadderAssessment a = assess(daysAgo(EVIDENCE_OVERDUE, 100), daysAgo(ENGAGEMENT_RESUMED, 30));
            assertThat(a.level()).isEqualTo(3);
            assertThat(a.steppedDown()).isTrue();
            assertThat(a.reasons()).hasSize(2);
            assertThat(a.reasons().get(0)).startsWith("Stepped down from level 4 to level 3");
            assertThat(a.reasons().get(1)).startsWith("Evidence of impact overdue since");
            assertThat(String.join(" ", a.reasons())).doesNotContain("At level 3 since");
        }

        @Test
        @DisplayName("with documentation also open, a second resumption leaves level 2 for it")
        void thenToLevelTwo() {
            LadderAssessment a = assess(
                    daysAgo(EVIDENCE_OVERDUE, 100),
                    daysAgo(DOCUMENTATION_OVERDUE, 100),
                    daysAgo(ENGAGEMENT_RESUMED, 30),
                    daysAgo(ENGAGEMENT_RESUMED, 10));
            assertThat(a.level()).isEqualTo(2);
            assertThat(a.reasons().get(0)).startsWith("Stepped down from level 3 to level 2");
            assertThat(a.reasons().get(1)).startsWith("Documentation overdue since");
        }
    }

    @Nested
    @DisplayName("from level 0, engaged")
    class FromEngaged {

        @Test
        @DisplayName("a resumption with nothing open changes nothing and invents no reason")
        void nothingToStepDownFrom() {
            LadderAssessment a = assess(RESUMED);
            assertThat(a.level()).isZero();
            assertThat(a.reasons()).isEmpty();
            assertThat(a.steppedDown()).isFalse();
        }

        @Test
        @DisplayName("a resumption recorded before any concern does not excuse documentation that falls overdue later")
        void anEarlierResumptionDoesNotShieldLaterSignals() {
            LadderAssessment a = assess(daysAgo(ENGAGEMENT_RESUMED, 90), daysAgo(DOCUMENTATION_OVERDUE, 60));
            assertThat(a.level()).isEqualTo(2);
            assertThat(a.steppedDown()).isFalse();
            assertThat(a.reasons()).singleElement().asString().startsWith("Documentation overdue since");
        }
    }
}
