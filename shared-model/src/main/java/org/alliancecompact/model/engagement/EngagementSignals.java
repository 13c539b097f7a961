package org.alliancecompact.model.engagement;

import java.util.Optional;
import org.alliancecompact.model.meeting.Attendance;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingRules;

/** Turns what the bot records into ladder signals, so every flow feeds the ladder the same way. */
public final class EngagementSignals {

    private EngagementSignals() {}

    /**
     * Absent without apologies or deputy: a missed meeting, at the meeting's start. Present (head or
     * deputy): engagement resumed, which steps a level down, but only for an organisation on the ladder
     * ({@code currentLevel} above 0): one that is engaged has nothing to resume, and a resumed signal
     * would only close an episode that never opened. Apologies: neither.
     *
     * @param currentLevel the organisation's ladder level before this meeting (0 when engaged)
     */
    public static Optional<Signal> fromAttendance(Attendance attendance, Meeting meeting, int currentLevel) {
        return fromAttendance(attendance, meeting, currentLevel, null);
    }

    /**
     * As {@link #fromAttendance(Attendance, Meeting, int)}, and at a meeting where every member must be
     * represented ({@link MeetingRules#representationRequired}, Bolton 28: "represented at the BLA
     * Conference"), a member nobody attended for, with apologies or without, is signalled as the profile
     * says: a missed meeting "not represented at ..." when {@code unrepresentedCountsAsMissed}, else
     * nothing (the coordinators are told through {@code Representation}).
     *
     * @param rules the alliance's meeting rules; null for none (every meeting treated alike)
     */
    public static Optional<Signal> fromAttendance(
            Attendance attendance, Meeting meeting, int currentLevel, MeetingRules rules) {
        if (attendance == null || meeting == null) {
            throw new IllegalArgumentException("attendance and meeting are required");
        }
        if (!attendance.meetingId().equals(meeting.id())) {
            throw new IllegalArgumentException(
                    "meetingId: attendance is for " + attendance.meetingId() + ", not " + meeting.id());
        }
        if (rules != null
                && rules.representationRequired(meeting.kind())
                && !attendance.outcome().represented()) {
            return rules.unrepresentedCountsAsMissed()
                    ? Optional.of(new Signal(
                            attendance.memberId(),
                            SignalKind.MEETING_MISSED,
                            meeting.startsAt(),
                            "not represented at " + meeting.title()))
                    : Optional.empty();
        }
        return switch (attendance.outcome()) {
            case ABSENT ->
                Optional.of(new Signal(
                        attendance.memberId(), SignalKind.MEETING_MISSED, meeting.startsAt(), meeting.title()));
            case PRESENT_HEAD, PRESENT_DEPUTY ->
                currentLevel > 0
                        ? Optional.of(new Signal(
                                attendance.memberId(),
                                SignalKind.ENGAGEMENT_RESUMED,
                                meeting.startsAt(),
                                "attended " + meeting.title()))
                        : Optional.empty();
            case ABSENT_WITH_APOLOGIES -> Optional.empty();
        };
    }
}
