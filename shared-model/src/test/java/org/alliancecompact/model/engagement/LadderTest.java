package org.alliancecompact.model.engagement;

import static org.alliancecompact.model.engagement.EngagementFixtures.NOW;
import static org.alliancecompact.model.engagement.EngagementFixtures.OLDHAM;
import static org.alliancecompact.model.engagement.EngagementFixtures.daysAgo;
import static org.alliancecompact.model.engagement.EngagementFixtures.signal;
import static org.alliancecompact.model.engagement.SignalKind.DOCUMENTATION_OVERDUE;
import static org.alliancecompact.model.engagement.SignalKind.ENGAGEMENT_RESUMED;
import static org.alliancecompact.model.engagement.SignalKind.EVALUATION_NOT_RETURNED;
import static org.alliancecompact.model.engagement.SignalKind.EVIDENCE_OVERDUE;
import static org.alliancecompact.model.engagement.SignalKind.MEETING_MISSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LadderTest {

    private static LadderAssessment assess(Signal... signals) {
        return Ladder.assess("school", List.of(signals), OLDHAM, NOW);
    }

    @Test
    void noSignalsIsLevelZeroWithNothingToDo() {
        LadderAssessment a = assess();
        assertThat(a.level()).isZero();
        assertThat(a.reasons()).isEmpty();
        assertThat(a.actions()).isEmpty();
        assertThat(a.tell()).isEmpty();
        assertThat(a.episodeStart()).isNull();
    }

    @Test
    void oneMissedMeetingIsNotYetLevelOne() {
        assertThat(assess(daysAgo(MEETING_MISSED, 10)).level()).isZero();
    }

    @Test
    void twoMissedMeetingsWithinTheLookbackAreLevelOneWithTheProfilesActionsAndAudiences() {
        LadderAssessment a = assess(
                new Signal("school", MEETING_MISSED, NOW.minus(Duration.ofDays(40)), "BLA meeting"),
                new Signal("school", MEETING_MISSED, NOW.minus(Duration.ofDays(10)), "BLA conference"));
        assertThat(a.level()).isEqualTo(1);
        assertThat(a.reasons())
                .containsExactly("Missed 2 meetings in the last 90 days: BLA meeting (22 October 2026),"
                        + " BLA conference (21 November 2026).");
        assertThat(a.actions()).containsExactly("Collaborative lead contacts the school leader");
        assertThat(a.tell()).containsExactlyInAnyOrder(Audience.SCHOOL_LEADER, Audience.COLLABORATIVE_LEAD);
        assertThat(a.steppedDown()).isFalse();
    }

    @Test
    void aMissExactlyAtTheEdgeOfTheLookbackNoLongerCounts() {
        assertThat(assess(daysAgo(MEETING_MISSED, 90), daysAgo(MEETING_MISSED, 1))
                        .level())
                .isZero();
        assertThat(assess(
                                signal(
                                        MEETING_MISSED,
                                        NOW.minus(Duration.ofDays(90)).plusSeconds(1)),
                                daysAgo(MEETING_MISSED, 1))
                        .level())
                .isEqualTo(1);
    }

    @Test
    void anUnreturnedEvaluationCountsLikeAMissedMeeting() {
        assertThat(assess(daysAgo(EVALUATION_NOT_RETURNED, 20), daysAgo(MEETING_MISSED, 5))
                        .level())
                .isEqualTo(1);
    }

    @Test
    void documentationOverdueBeyondTheGraceIsLevelTwoAndTellsTheChair() {
        Instant due = NOW.minus(Duration.ofDays(14));
        assertThat(assess(signal(DOCUMENTATION_OVERDUE, due)).level()).isZero();
        LadderAssessment a = assess(signal(DOCUMENTATION_OVERDUE, due.minusSeconds(1)));
        assertThat(a.level()).isEqualTo(2);
        assertThat(a.tell()).contains(Audience.CHAIR_OF_GOVERNORS);
        assertThat(a.actions()).contains("Chair of Governors informed");
        assertThat(a.reasons()).singleElement().asString().startsWith("Documentation overdue since 17 November 2026");
    }

    @Test
    void theCountNamesWhatWasMissedEvaluationsAloneOrBothWithEachNumber() {
        assertThat(assess(daysAgo(EVALUATION_NOT_RETURNED, 40), daysAgo(EVALUATION_NOT_RETURNED, 10))
                        .reasons())
                .singleElement()
                .asString()
                .startsWith("Did not return 2 evaluations of support in the last 90 days: ");
        assertThat(assess(daysAgo(MEETING_MISSED, 40), daysAgo(EVALUATION_NOT_RETURNED, 10))
                        .reasons())
                .singleElement()
                .asString()
                .startsWith("Missed 1 meeting and did not return 1 evaluation of support in the last 90 days: ");
    }

    @Test
    void theCoordinatorsNoteIsQuotedAsANoteAfterTheDateAndTheAllowance() {
        LadderAssessment a = assess(new Signal(
                "school", DOCUMENTATION_OVERDUE, NOW.minus(Duration.ofDays(20)), "Self-review <SEF> & plan"));
        assertThat(a.reasons())
                .containsExactly("Documentation overdue since 11 November 2026, beyond the 14 days allowed"
                        + " (note: \u201cSelf-review <SEF> & plan\u201d).");
    }

    @Test
    void evidenceOverdueBeyondTheGraceIsLevelThree() {
        assertThat(assess(daysAgo(EVIDENCE_OVERDUE, 14)).level()).isZero();
        LadderAssessment a = assess(daysAgo(EVIDENCE_OVERDUE, 15));
        assertThat(a.level()).isEqualTo(3);
        assertThat(a.tell()).contains(Audience.PARTNERSHIP_LEADER);
    }

    @Test
    void levelThreeHeldForLevel4AfterIsLevelFour() {
        // Evidence due 70 days ago: level 3 from 56 days ago; level 4 exactly now.
        Instant due = NOW.minus(Duration.ofDays(70));
        LadderAssessment four = assess(signal(EVIDENCE_OVERDUE, due));
        assertThat(four.level()).isEqualTo(4);
        assertThat(four.tell()).containsExactly(Audience.DIRECTOR_OR_REGIONAL_OFFICE);
        assertThat(four.reasons()).hasSize(2).last().asString().startsWith("At level 3 since 6 October 2026");
        assertThat(assess(signal(EVIDENCE_OVERDUE, due.plusSeconds(1))).level()).isEqualTo(3);
    }

    @Test
    void theHighestReachedLevelWinsAndEveryReasonIsGiven() {
        LadderAssessment a =
                assess(daysAgo(MEETING_MISSED, 5), daysAgo(MEETING_MISSED, 6), daysAgo(DOCUMENTATION_OVERDUE, 30));
        assertThat(a.level()).isEqualTo(2);
        assertThat(a.reasons()).hasSize(2);
    }

    @Test
    void aResumptionBeforeTheTriggeringSignalsDoesNotHelp() {
        assertThat(assess(daysAgo(ENGAGEMENT_RESUMED, 60), daysAgo(EVIDENCE_OVERDUE, 40))
                        .level())
                .isEqualTo(3);
    }

    @Test
    void freshSignalsAfterAResumptionEscalateAgain() {
        LadderAssessment a = assess(
                daysAgo(DOCUMENTATION_OVERDUE, 60), daysAgo(ENGAGEMENT_RESUMED, 40), daysAgo(EVIDENCE_OVERDUE, 20));
        assertThat(a.level()).isEqualTo(3);
        assertThat(a.steppedDown()).isFalse();
        assertThat(a.episodeStart()).isEqualTo(NOW.minus(Duration.ofDays(40)));
    }

    @Test
    void level4NeedsLevel3HeldSinceTheLastResumption() {
        // Evidence overdue 100 days ago would be level 4, but engagement resumed 30 days ago: it steps down to 3
        // and that carried level does not climb back to 4 by itself.
        assertThat(assess(daysAgo(EVIDENCE_OVERDUE, 100), daysAgo(ENGAGEMENT_RESUMED, 30))
                        .level())
                .isEqualTo(3);
    }

    @Test
    void otherOrganisationsAndFutureSignalsAreIgnored() {
        LadderAssessment a = Ladder.assess(
                "school",
                List.of(
                        new Signal("other", EVIDENCE_OVERDUE, NOW.minus(Duration.ofDays(40)), null),
                        signal(EVIDENCE_OVERDUE, NOW.plus(Duration.ofDays(1)))),
                OLDHAM,
                NOW);
        assertThat(a.level()).isZero();
    }

    @Test
    void inputsAreChecked() {
        assertThatThrownBy(() -> Ladder.assess(" ", List.of(), OLDHAM, NOW)).hasMessageStartingWith("memberId");
        assertThatThrownBy(() -> new Signal("school", null, NOW, null)).hasMessageStartingWith("kind");
        assertThatThrownBy(() -> new Signal("school", MEETING_MISSED, null, null))
                .hasMessageStartingWith("at");
        assertThatThrownBy(() -> new LadderAssessment("school", 5, null, null, null, null, false))
                .hasMessageStartingWith("level");
    }
}
