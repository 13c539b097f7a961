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
        Signal s = EngagementSignals.fromAttendance(attendance(AttendanceOutcome.ABSENT, null), MEETING)
                .orElseThrow();
        assertThat(s).isEqualTo(new Signal("school", SignalKind.MEETING_MISSED, START, "BLA meeting"));
    }

    @Test
    void attendingByHeadOrDeputyIsEngagementResumed() {
        assertThat(EngagementSignals.fromAttendance(attendance(AttendanceOutcome.PRESENT_HEAD, null), MEETING)
                        .orElseThrow()
                        .kind())
                .isEqualTo(SignalKind.ENGAGEMENT_RESUMED);
        assertThat(EngagementSignals.fromAttendance(attendance(AttendanceOutcome.PRESENT_DEPUTY, "Dee"), MEETING)
                        .orElseThrow()
                        .kind())
                .isEqualTo(SignalKind.ENGAGEMENT_RESUMED);
    }

    @Test
    void apologiesAreNeither() {
        assertThat(EngagementSignals.fromAttendance(attendance(AttendanceOutcome.ABSENT_WITH_APOLOGIES, null), MEETING))
                .isEmpty();
    }

    @Test
    void theAttendanceMustBeForThatMeeting() {
        Attendance other = new Attendance("m2", "school", AttendanceOutcome.ABSENT, null, "clerk", START);
        assertThatThrownBy(() -> EngagementSignals.fromAttendance(other, MEETING))
                .hasMessageStartingWith("meetingId");
    }
}
