package org.alliancecompact.model.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.alliancecompact.model.meeting.Attendance;
import org.alliancecompact.model.meeting.AttendanceOutcome;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingKind;
import org.junit.jupiter.api.Test;

class EngagementSignalsTest {

    private static final Instant START = Instant.parse("2026-10-14T15:30:00Z");
    private static final Meeting MEETING =
            new Meeting("m1", MeetingKind.ALLIANCE_MEETING, "BLA meeting", START, "Town Hall", null, false);

    private static Attendance attendance(AttendanceOutcome outcome, String deputy) {
        return new Attendance("m1", "school", outcome, deputy, "clerk", START.plusSeconds(7200));
    }

    @Test
    void anAbsenceWithoutApologiesIsAMissedMeetingAtTheMeetingsStart() {
        for (int level : new int[] {0, 2}) {
            Signal s = EngagementSignals.fromAttendance(attendance(AttendanceOutcome.ABSENT, null), MEETING, level)
                    .orElseThrow();
            assertThat(s).isEqualTo(new Signal("school", SignalKind.MEETING_MISSED, START, "BLA meeting"));
        }
    }

    @Test
    void attendingByHeadOrDeputyResumesEngagementForAnOrganisationOnTheLadder() {
        assertThat(EngagementSignals.fromAttendance(attendance(AttendanceOutcome.PRESENT_HEAD, null), MEETING, 1))
                .contains(new Signal("school", SignalKind.ENGAGEMENT_RESUMED, START, "attended BLA meeting"));
        assertThat(EngagementSignals.fromAttendance(attendance(AttendanceOutcome.PRESENT_DEPUTY, "Dee"), MEETING, 3))
                .contains(new Signal("school", SignalKind.ENGAGEMENT_RESUMED, START, "attended BLA meeting"));
    }

    @Test
    void attendingIsNoSignalForAnOrganisationAlreadyEngaged() {
        assertThat(EngagementSignals.fromAttendance(attendance(AttendanceOutcome.PRESENT_HEAD, null), MEETING, 0))
                .isEmpty();
        assertThat(EngagementSignals.fromAttendance(attendance(AttendanceOutcome.PRESENT_DEPUTY, "Dee"), MEETING, 0))
                .isEmpty();
    }

    @Test
    void apologiesAreNeitherOnOrOffTheLadder() {
        Attendance apologies = attendance(AttendanceOutcome.ABSENT_WITH_APOLOGIES, null);
        assertThat(EngagementSignals.fromAttendance(apologies, MEETING, 0)).isEmpty();
        assertThat(EngagementSignals.fromAttendance(apologies, MEETING, 2)).isEmpty();
    }

    @Test
    void theAttendanceMustBeForThatMeeting() {
        Attendance other = new Attendance("m2", "school", AttendanceOutcome.ABSENT, null, "clerk", START);
        assertThatThrownBy(() -> EngagementSignals.fromAttendance(other, MEETING, 0))
                .hasMessageStartingWith("meetingId");
    }
}
