package org.alliancecompact.model.meeting;

import java.time.Instant;

/**
 * Attendance of one member organisation at one meeting, recorded afterwards.
 *
 * @param deputyName who attended for the head; required for {@link AttendanceOutcome#PRESENT_DEPUTY}
 * @param recordedBy who recorded it
 */
public record Attendance(
        String meetingId,
        String memberId,
        AttendanceOutcome outcome,
        String deputyName,
        String recordedBy,
        Instant recordedAt) {

    public Attendance {
        if (meetingId == null || meetingId.isBlank()) {
            throw new IllegalArgumentException("meetingId is required");
        }
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        deputyName = deputyName == null || deputyName.isBlank() ? null : deputyName.strip();
        if (outcome == AttendanceOutcome.PRESENT_DEPUTY && deputyName == null) {
            throw new IllegalArgumentException("deputyName: name the deputy who attended");
        }
        if (outcome != AttendanceOutcome.PRESENT_DEPUTY && deputyName != null) {
            throw new IllegalArgumentException("deputyName: only PRESENT_DEPUTY names a deputy");
        }
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("recordedBy is required");
        }
        if (recordedAt == null) {
            throw new IllegalArgumentException("recordedAt is required");
        }
    }
}
