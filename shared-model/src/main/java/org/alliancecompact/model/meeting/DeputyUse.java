package org.alliancecompact.model.meeting;

import java.time.Instant;

/**
 * A meeting at which a deputy stood (or is booked to stand) in for the member's head.
 *
 * @param meetingKind the meeting's kind: only uses at the profile's {@code deputyAllowanceAt} kinds count
 */
public record DeputyUse(
        String memberId, String meetingId, String meetingTitle, Instant meetingStartsAt, MeetingKind meetingKind) {

    public DeputyUse {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (meetingId == null || meetingId.isBlank()) {
            throw new IllegalArgumentException("meetingId is required");
        }
        if (meetingTitle == null || meetingTitle.isBlank()) {
            throw new IllegalArgumentException("meetingTitle is required");
        }
        if (meetingStartsAt == null) {
            throw new IllegalArgumentException("meetingStartsAt is required");
        }
        if (meetingKind == null) {
            throw new IllegalArgumentException("meetingKind is required");
        }
    }

    public static DeputyUse at(String memberId, Meeting meeting) {
        return new DeputyUse(memberId, meeting.id(), meeting.title(), meeting.startsAt(), meeting.kind());
    }
}
