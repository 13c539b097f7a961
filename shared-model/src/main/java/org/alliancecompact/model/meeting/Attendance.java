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

    /**
     * Whether this organisation's vote was cast at the meeting: the head's when present, a deputy's only
     * at the meeting kinds where the alliance lets deputies vote (Bolton 33: "at a BLA meeting"); an
     * absent organisation never votes.
     *
     * @param kind the kind of the meeting this attendance is for
     */
    public boolean carriesVote(MeetingRules rules, MeetingKind kind) {
        if (rules == null || kind == null) {
            throw new IllegalArgumentException("rules and kind are required");
        }
        return switch (outcome) {
            case PRESENT_HEAD -> true;
            case PRESENT_DEPUTY -> rules.deputyVotes(kind);
            case ABSENT_WITH_APOLOGIES, ABSENT -> false;
        };
    }
}
