package org.alliancecompact.model.meeting;

import static org.alliancecompact.model.meeting.MeetingFixtures.BOLTON;
import static org.alliancecompact.model.meeting.MeetingFixtures.conference;
import static org.alliancecompact.model.meeting.MeetingFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deputies only at the alliance's own meetings (issue 18, finding 1). */
class DeputyAtAllianceMeetingsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Meeting OCTOBER = meeting("oct", "2026-10-14T15:30:00Z");
    private static final Meeting MARCH = meeting("mar", "2027-03-10T16:00:00Z");
    private static final Meeting CONFERENCE_2027 = conference("conf", "2027-01-20T09:00:00Z");

    @Test
    @DisplayName("Bolton 32: 'deputise for the Head once per academic year at BLA meetings' — a conference deputy"
            + " does not use the allowance")
    void aConferenceDeputyDoesNotUseTheAllowance() {
        DeputyDecision atConference = DeputyLimit.decide("school", CONFERENCE_2027, List.of(), BOLTON, LONDON, null);
        assertThat(atConference.allowed()).isTrue();
        assertThat(atConference.usesAllowance()).isFalse();
        assertThat(atConference.reason()).contains("does not use your deputy allowance");

        // The 2027 conference deputy, then a deputy at the next BLA meeting: still the first use.
        DeputyDecision next = DeputyLimit.decide(
                "school", MARCH, List.of(DeputyUse.at("school", CONFERENCE_2027)), BOLTON, LONDON, null);
        assertThat(next.allowed()).isTrue();
        assertThat(next.usesAllowance()).isTrue();
        assertThat(next.usedThisYear()).isZero();
        assertThat(next.reason()).contains("deputy use 1 of 1 at alliance meetings in 2026/27");
    }

    @Test
    @DisplayName("Bolton 32: 'only ... once per academic year at BLA meetings' — the second BLA meeting deputy is"
            + " refused, a conference deputy after it is not")
    void theAllowanceLimitsOnlyAllianceMeetings() {
        List<DeputyUse> usedInOctober = List.of(DeputyUse.at("school", OCTOBER));
        assertThat(DeputyLimit.decide("school", MARCH, usedInOctober, BOLTON, LONDON, null)
                        .allowed())
                .isFalse();
        DeputyDecision atConference =
                DeputyLimit.decide("school", CONFERENCE_2027, usedInOctober, BOLTON, LONDON, null);
        assertThat(atConference.allowed()).isTrue();
        assertThat(atConference.usesAllowance()).isFalse();
    }

    @Test
    @DisplayName("Bolton 33: 'in the event that a deputy represents the Head at a BLA meeting they will have full"
            + " voting rights' — at a BLA meeting the deputy votes")
    void aDeputyVotesAtAnAllianceMeeting() {
        DeputyDecision d = DeputyLimit.decide("school", OCTOBER, List.of(), BOLTON, LONDON, null);
        assertThat(d.carriesVote()).isTrue();
        assertThat(d.reason()).contains("The deputy votes for your organisation.");
        Attendance present =
                new Attendance(OCTOBER.id(), "school", AttendanceOutcome.PRESENT_DEPUTY, "Dee", "clerk", Instant.now());
        assertThat(present.carriesVote(BOLTON, MeetingKind.ALLIANCE_MEETING)).isTrue();
    }

    @Test
    @DisplayName("Bolton 33: 'at a BLA meeting they will have full voting rights' — the conference deputy is not"
            + " told they vote, and does not")
    void aConferenceDeputyDoesNotVote() {
        DeputyDecision d = DeputyLimit.decide("school", CONFERENCE_2027, List.of(), BOLTON, LONDON, null);
        assertThat(d.carriesVote()).isFalse();
        assertThat(d.reason()).doesNotContain("votes for your organisation").contains("The deputy does not vote.");
        Attendance present = new Attendance(
                CONFERENCE_2027.id(), "school", AttendanceOutcome.PRESENT_DEPUTY, "Dee", "clerk", Instant.now());
        assertThat(present.carriesVote(BOLTON, MeetingKind.CONFERENCE)).isFalse();
        assertThat(new Attendance(
                                CONFERENCE_2027.id(),
                                "school",
                                AttendanceOutcome.PRESENT_HEAD,
                                null,
                                "clerk",
                                Instant.now())
                        .carriesVote(BOLTON, MeetingKind.CONFERENCE))
                .isTrue();
    }

    @Test
    @DisplayName(
            "Bolton 32 and 33 as the Bolton profile states them: BLA meetings only, for the allowance and the vote")
    void theBoltonProfileSaysSo() {
        AllianceProfile bolton = new ProfileLoader().loadBundled("bolton");
        MeetingRules rules = bolton.meetings();
        assertThat(rules.deputyUsesAllowanceAt(MeetingKind.ALLIANCE_MEETING)).isTrue();
        assertThat(rules.deputyUsesAllowanceAt(MeetingKind.CONFERENCE)).isFalse();
        assertThat(rules.deputyUsesAllowanceAt(MeetingKind.WORKING_GROUP)).isFalse();
        assertThat(rules.deputyVotes(MeetingKind.ALLIANCE_MEETING)).isTrue();
        assertThat(rules.deputyVotes(MeetingKind.CONFERENCE)).isFalse();
        DeputyDecision next = DeputyLimit.decide(
                "school",
                MARCH,
                List.of(DeputyUse.at("school", CONFERENCE_2027)),
                rules,
                bolton.timeZone(),
                "the BLA chair");
        assertThat(next.allowed()).isTrue();
    }

    @Test
    @DisplayName("Without deputyAllowanceAt every kind the alliance holds counts; deputyVotesAt must be stated")
    void theDefaultsAndTheRequiredField() {
        MeetingRules all = new MeetingRules(
                Set.of(MeetingKind.ALLIANCE_MEETING, MeetingKind.CONFERENCE),
                DeputyAllowance.perYear(1),
                null,
                Set.of(),
                null,
                false,
                null);
        assertThat(all.deputyAllowanceAt()).isEqualTo(all.kinds());
        assertThat(all.representationRequiredAt()).isEmpty();
        assertThat(DeputyLimit.decide(
                                "school", MARCH, List.of(DeputyUse.at("school", CONFERENCE_2027)), all, LONDON, null)
                        .allowed())
                .isFalse();
        assertThatThrownBy(() -> new MeetingRules(
                        Set.of(MeetingKind.ALLIANCE_MEETING),
                        DeputyAllowance.perYear(1),
                        null,
                        null,
                        null,
                        false,
                        null))
                .hasMessageStartingWith("meetings.deputyVotesAt is required");
    }

    @Test
    @DisplayName("A kind the alliance does not hold cannot be named for deputies or representation")
    void kindsMustBeHeld() {
        Set<MeetingKind> held = Set.of(MeetingKind.ALLIANCE_MEETING);
        assertThatThrownBy(() -> new MeetingRules(
                        held, DeputyAllowance.perYear(1), Set.of(MeetingKind.CONFERENCE), Set.of(), null, false, null))
                .hasMessageStartingWith("meetings.deputyAllowanceAt names CONFERENCE");
        assertThatThrownBy(() -> new MeetingRules(
                        held, DeputyAllowance.perYear(1), null, Set.of(MeetingKind.CONFERENCE), null, false, null))
                .hasMessageStartingWith("meetings.deputyVotesAt names CONFERENCE");
        assertThatThrownBy(() -> new MeetingRules(
                        held, DeputyAllowance.perYear(1), null, Set.of(), Set.of(MeetingKind.CONFERENCE), true, null))
                .hasMessageStartingWith("meetings.representationRequiredAt names CONFERENCE");
    }

    @Test
    @DisplayName("Bolton 32 and 33 in what a member reads before naming a deputy: the conference uses no allowance"
            + " and carries no vote")
    void theNoteBeforeNamingADeputy() {
        assertThat(DeputyLimit.allowanceNote(OCTOBER, BOLTON))
                .isEqualTo("A deputy may stand in once per academic year at alliance meetings."
                        + " The deputy votes for your organisation.");
        assertThat(DeputyLimit.allowanceNote(CONFERENCE_2027, BOLTON))
                .isEqualTo("A deputy at a conference does not use your deputy allowance (once per academic year at"
                        + " alliance meetings). The deputy does not vote.");
        assertThat(MeetingKind.ALLIANCE_MEETING.withArticle()).isEqualTo("an alliance meeting");
        assertThat(MeetingKind.WORKING_GROUP.withArticle()).isEqualTo("a working group");
    }
}
