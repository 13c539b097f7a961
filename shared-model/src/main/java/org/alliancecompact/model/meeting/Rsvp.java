package org.alliancecompact.model.meeting;

import java.time.Instant;

/**
 * A member organisation's answer for one meeting.
 *
 * @param deputyName who stands in for the head; required for {@link RsvpChoice#DEPUTY}, absent otherwise
 * @param deputyEmail the deputy's email, optional
 * @param answeredAt when the answer was given (null for NO_REPLY)
 */
public record Rsvp(
        String meetingId,
        String memberId,
        RsvpChoice choice,
        String deputyName,
        String deputyEmail,
        Instant answeredAt) {

    public Rsvp {
        if (meetingId == null || meetingId.isBlank()) {
            throw new IllegalArgumentException("meetingId is required");
        }
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (choice == null) {
            throw new IllegalArgumentException("choice is required");
        }
        deputyName = deputyName == null || deputyName.isBlank() ? null : deputyName.strip();
        deputyEmail = deputyEmail == null || deputyEmail.isBlank() ? null : deputyEmail.strip();
        if (choice == RsvpChoice.DEPUTY && deputyName == null) {
            throw new IllegalArgumentException("deputyName: name the deputy who will attend");
        }
        if (choice != RsvpChoice.DEPUTY && (deputyName != null || deputyEmail != null)) {
            throw new IllegalArgumentException("deputyName: only a DEPUTY answer names a deputy");
        }
        if (deputyEmail != null && !deputyEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("deputyEmail is not an email address");
        }
        if (choice != RsvpChoice.NO_REPLY && answeredAt == null) {
            throw new IllegalArgumentException("answeredAt is required for an answer");
        }
    }

    public static Rsvp noReply(String meetingId, String memberId) {
        return new Rsvp(meetingId, memberId, RsvpChoice.NO_REPLY, null, null, null);
    }
}
