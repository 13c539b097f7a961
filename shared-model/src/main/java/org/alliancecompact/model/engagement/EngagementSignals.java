package org.alliancecompact.model.engagement;

import java.util.Optional;
import org.alliancecompact.model.meeting.Attendance;
import org.alliancecompact.model.meeting.Meeting;

/** Turns what the bot records into ladder signals, so every flow feeds the ladder the same way. */
public final class EngagementSignals {

    private EngagementSignals() {}

    /**
     * Absent without apologies or deputy: a missed meeting. Present (head or deputy): engagement resumed,
     * which steps a level down. Apologies: neither.
     */
    public static Optional<Signal> fromAttendance(Attendance attendance, Meeting meeting) {
        if (!attendance.meetingId().equals(meeting.id())) {
            throw new IllegalArgumentException(
                    "meetingId: attendance is for " + attendance.meetingId() + ", not " + meeting.id());
        }
        SignalKind kind = switch (attendance.outcome()) {
            case ABSENT -> SignalKind.MEETING_MISSED;
            case PRESENT_HEAD, PRESENT_DEPUTY -> SignalKind.ENGAGEMENT_RESUMED;
            case ABSENT_WITH_APOLOGIES -> null;
        };
        return kind == null
                ? Optional.empty()
                : Optional.of(new Signal(attendance.memberId(), kind, meeting.startsAt(), meeting.title()));
    }
}
