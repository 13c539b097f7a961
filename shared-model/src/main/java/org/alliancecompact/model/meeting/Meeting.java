package org.alliancecompact.model.meeting;

import java.time.Instant;

/**
 * A meeting of the alliance.
 *
 * @param place where it is held (null when online only)
 * @param link the online link (null when in person only); a meeting has a place, a link or both
 * @param confidential whether the meeting is confidential (Bolton 34): the bot keeps its content out of
 *     public channels
 */
public record Meeting(
        String id, MeetingKind kind, String title, Instant startsAt, String place, String link, boolean confidential) {

    public static final int MAX_TITLE_LENGTH = 200;

    public Meeting {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("title must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        if (startsAt == null) {
            throw new IllegalArgumentException("startsAt is required");
        }
        place = place == null || place.isBlank() ? null : place.strip();
        link = link == null || link.isBlank() ? null : link.strip();
        if (place == null && link == null) {
            throw new IllegalArgumentException("place: a meeting needs a place or a link");
        }
        if (link != null && !link.startsWith("https://")) {
            throw new IllegalArgumentException("link must be an https:// address");
        }
        title = title.strip();
    }

    /** A meeting of a kind the alliance holds, or IllegalArgumentException naming the kind. */
    public static Meeting schedule(
            String id,
            MeetingKind kind,
            String title,
            Instant startsAt,
            String place,
            String link,
            boolean confidential,
            MeetingRules rules) {
        if (rules != null && kind != null && !rules.kinds().contains(kind)) {
            throw new IllegalArgumentException("kind: this alliance does not hold meetings of kind " + kind);
        }
        return new Meeting(id, kind, title, startsAt, place, link, confidential);
    }
}
