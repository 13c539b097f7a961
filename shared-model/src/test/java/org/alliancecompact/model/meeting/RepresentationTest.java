package org.alliancecompact.model.meeting;

import static org.alliancecompact.model.meeting.MeetingFixtures.BOLTON;
import static org.alliancecompact.model.meeting.MeetingFixtures.conference;
import static org.alliancecompact.model.meeting.MeetingFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.alliancecompact.model.engagement.EngagementSignals;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.model.profile.ProfileLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Conference representation (issue 18, finding 1; Bolton 28). */
class RepresentationTest {

    private static final Meeting CONFERENCE = conference("conf", "2027-01-20T09:00:00Z");
    private static final Meeting BLA_MEETING = meeting("oct", "2026-10-14T15:30:00Z");
    private static final Instant LATER = Instant.parse("2027-01-20T17:00:00Z");
    private static final List<String> MEMBERS = List.of("head", "deputy", "apologies", "absent", "unrecorded");

    private static Attendance row(Meeting m, String member, AttendanceOutcome outcome) {
        return new Attendance(
                m.id(), member, outcome, outcome == AttendanceOutcome.PRESENT_DEPUTY ? "Dee" : null, "clerk", LATER);
    }

    private static List<Attendance> rows(Meeting m) {
        return List.of(
                row(m, "head", AttendanceOutcome.PRESENT_HEAD),
                row(m, "deputy", AttendanceOutcome.PRESENT_DEPUTY),
                row(m, "apologies", AttendanceOutcome.ABSENT_WITH_APOLOGIES),
                row(m, "absent", AttendanceOutcome.ABSENT));
    }

    @Test
    @DisplayName("Bolton 28: 'We will ensure our school is represented at the BLA Conference' — apologies, absence"
            + " and no record all leave a school unrepresented; a head or a deputy represents it")
    void theUnrepresentedAreListed() {
        assertThat(Representation.unrepresented(CONFERENCE, MEMBERS, rows(CONFERENCE), BOLTON))
                .containsExactly("apologies", "absent", "unrecorded");
    }

    @Test
    @DisplayName("Bolton 28 names the conference only: nobody is listed after a BLA meeting")
    void onlyTheConferenceRequiresRepresentation() {
        assertThat(Representation.unrepresented(BLA_MEETING, MEMBERS, rows(BLA_MEETING), BOLTON))
                .isEmpty();
    }

    @Test
    @DisplayName("Bolton 28: 'represented at the BLA Conference' — attendance for another meeting does not count")
    void onlyThisMeetingsAttendanceCounts() {
        assertThat(Representation.unrepresented(
                        CONFERENCE,
                        List.of("head"),
                        List.of(row(BLA_MEETING, "head", AttendanceOutcome.PRESENT_HEAD)),
                        BOLTON))
                .containsExactly("head");
    }

    @Test
    @DisplayName("Bolton 28 on the ladder as the profile says: an unrepresented school, even with apologies, has"
            + " missed the conference")
    void unrepresentedCountsAsMissedWhereTheProfileSaysSo() {
        Signal s = EngagementSignals.fromAttendance(
                        row(CONFERENCE, "apologies", AttendanceOutcome.ABSENT_WITH_APOLOGIES), CONFERENCE, 0, BOLTON)
                .orElseThrow();
        assertThat(s.kind()).isEqualTo(SignalKind.MEETING_MISSED);
        assertThat(s.detail()).isEqualTo("not represented at BLA Conference conf");
        assertThat(EngagementSignals.fromAttendance(
                                row(CONFERENCE, "absent", AttendanceOutcome.ABSENT), CONFERENCE, 0, BOLTON)
                        .orElseThrow()
                        .kind())
                .isEqualTo(SignalKind.MEETING_MISSED);
        // Apologies for a BLA meeting stay apologies.
        assertThat(EngagementSignals.fromAttendance(
                        row(BLA_MEETING, "apologies", AttendanceOutcome.ABSENT_WITH_APOLOGIES), BLA_MEETING, 0, BOLTON))
                .isEmpty();
    }

    @Test
    @DisplayName("Where the profile does not count it, an unrepresented school is only listed, not signalled")
    void notSignalledWhereTheProfileSaysNot() {
        MeetingRules listOnly = new MeetingRules(
                BOLTON.kinds(),
                DeputyAllowance.perYear(1),
                BOLTON.deputyAllowanceAt(),
                BOLTON.deputyVotesAt(),
                Set.of(MeetingKind.CONFERENCE),
                false,
                null);
        assertThat(EngagementSignals.fromAttendance(
                        row(CONFERENCE, "absent", AttendanceOutcome.ABSENT), CONFERENCE, 0, listOnly))
                .isEmpty();
        assertThat(Representation.unrepresented(CONFERENCE, MEMBERS, rows(CONFERENCE), listOnly))
                .containsExactly("apologies", "absent", "unrecorded");
        // Attending resumes engagement as at any meeting.
        assertThat(EngagementSignals.fromAttendance(
                                row(CONFERENCE, "head", AttendanceOutcome.PRESENT_HEAD), CONFERENCE, 1, listOnly)
                        .orElseThrow()
                        .kind())
                .isEqualTo(SignalKind.ENGAGEMENT_RESUMED);
    }

    @Test
    @DisplayName("The Bolton profile requires representation at the conference and counts its absence on the ladder;"
            + " the other profiles require none")
    void theProfilesSaySo() {
        ProfileLoader loader = new ProfileLoader();
        MeetingRules bolton = loader.loadBundled("bolton").meetings();
        assertThat(bolton.representationRequired(MeetingKind.CONFERENCE)).isTrue();
        assertThat(bolton.unrepresentedCountsAsMissed()).isTrue();
        for (String name : List.of("oldham", "exceed", "leeds", "leicestershire")) {
            assertThat(loader.loadBundled(name).meetings().representationRequiredAt())
                    .as(name)
                    .isEmpty();
        }
    }
}
