package org.alliancecompact.slack.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.alliancecompact.model.meeting.Attendance;
import org.alliancecompact.model.meeting.AttendanceOutcome;
import org.alliancecompact.model.meeting.DeputyUse;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Meetings, answers to invitations, deputy uses and attendance. Ids are the meeting's number. */
public final class MeetingStore {
    private final Jdbi jdbi;

    public MeetingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Stores a meeting already validated by {@link Meeting#schedule} (built with a placeholder id) and
     * returns it with its real id.
     */
    public Meeting insert(Meeting m, String createdBy, Instant now) {
        long id = jdbi.withHandle(h -> h.createUpdate("insert into meetings"
                        + " (kind, title, starts_at, place, link, confidential, created_by, created_at)"
                        + " values (:kind, :title, :startsAt, :place, :link, :confidential, :by, :now)")
                .bind("kind", m.kind().name())
                .bind("title", m.title())
                .bind("startsAt", m.startsAt())
                .bind("place", m.place())
                .bind("link", m.link())
                .bind("confidential", m.confidential())
                .bind("by", createdBy)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new Meeting(Long.toString(id), m.kind(), m.title(), m.startsAt(), m.place(), m.link(), m.confidential());
    }

    public Optional<Meeting> find(String id) {
        Long number = number(id);
        if (number == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("select * from meetings where id = :id")
                .bind("id", number)
                .map((rs, ctx) -> meeting(rs))
                .findOne());
    }

    /** Meetings starting at or after {@code from}, soonest first. */
    public List<Meeting> startingFrom(Instant from) {
        return jdbi.withHandle(
                h -> h.createQuery("select * from meetings where starts_at >= :from order by starts_at, id")
                        .bind("from", from)
                        .map((rs, ctx) -> meeting(rs))
                        .list());
    }

    /** Meetings that started between the two instants, most recent first. */
    public List<Meeting> startedBetween(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("select * from meetings where starts_at >= :from and starts_at < :to"
                        + " order by starts_at desc, id")
                .bind("from", from)
                .bind("to", to)
                .map((rs, ctx) -> meeting(rs))
                .list());
    }

    public List<Rsvp> rsvps(String meetingId) {
        return jdbi.withHandle(h -> h.createQuery("select * from rsvps where meeting_id = :id order by member_id")
                .bind("id", number(meetingId))
                .map((rs, ctx) -> new Rsvp(
                        Long.toString(rs.getLong("meeting_id")),
                        rs.getString("member_id"),
                        RsvpChoice.valueOf(rs.getString("choice")),
                        rs.getString("deputy_name"),
                        rs.getString("deputy_email"),
                        instant(rs, "answered_at")))
                .list());
    }

    public Optional<Rsvp> rsvp(String meetingId, String memberId) {
        return rsvps(meetingId).stream()
                .filter(r -> r.memberId().equals(memberId))
                .findFirst();
    }

    /**
     * Records an answer, replacing an earlier one; a deputy answer also books the deputy use, and any
     * other answer releases a booking for this meeting. One transaction: never half-stored.
     */
    public void answer(Rsvp rsvp, String slackUser, Meeting meeting) {
        jdbi.useTransaction(h -> {
            long id = number(rsvp.meetingId());
            h.createUpdate("delete from rsvps where meeting_id = :m and member_id = :o")
                    .bind("m", id)
                    .bind("o", rsvp.memberId())
                    .execute();
            h.createUpdate("delete from deputy_uses where meeting_id = :m and member_id = :o")
                    .bind("m", id)
                    .bind("o", rsvp.memberId())
                    .execute();
            h.createUpdate("insert into rsvps (meeting_id, member_id, slack_user, choice, deputy_name, deputy_email,"
                            + " answered_at) values (:m, :o, :u, :c, :dn, :de, :at)")
                    .bind("m", id)
                    .bind("o", rsvp.memberId())
                    .bind("u", slackUser)
                    .bind("c", rsvp.choice().name())
                    .bind("dn", rsvp.deputyName())
                    .bind("de", rsvp.deputyEmail())
                    .bind("at", rsvp.answeredAt())
                    .execute();
            if (rsvp.choice() == RsvpChoice.DEPUTY) {
                insertDeputyUse(h, rsvp.memberId(), id, rsvp.deputyName());
            }
        });
    }

    private static void insertDeputyUse(Handle h, String memberId, long meetingId, String deputyName) {
        h.createUpdate("insert into deputy_uses (member_id, meeting_id, deputy_name) values (:o, :m, :d)")
                .bind("o", memberId)
                .bind("m", meetingId)
                .bind("d", deputyName)
                .execute();
    }

    /** Every deputy use of this organisation, with the meeting it was for. */
    public List<DeputyUse> deputyUses(String memberId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select d.member_id, m.id, m.title, m.starts_at, m.kind from deputy_uses d"
                                + " join meetings m on m.id = d.meeting_id where d.member_id = :o order by m.starts_at")
                .bind("o", memberId)
                .map((rs, ctx) -> new DeputyUse(
                        rs.getString("member_id"),
                        Long.toString(rs.getLong("id")),
                        rs.getString("title"),
                        instant(rs, "starts_at"),
                        MeetingKind.valueOf(rs.getString("kind"))))
                .list());
    }

    /**
     * Records the attendance taken after a meeting, all members at once, with the engagement signals
     * it implies, in one transaction.
     */
    public void recordAttendance(
            List<Attendance> rows,
            java.util.function.Predicate<Attendance> carriesVote,
            java.util.function.Consumer<Handle> alsoInTransaction) {
        jdbi.useTransaction(h -> {
            for (Attendance a : rows) {
                long id = number(a.meetingId());
                h.createUpdate("delete from attendance where meeting_id = :m and member_id = :o")
                        .bind("m", id)
                        .bind("o", a.memberId())
                        .execute();
                h.createUpdate("insert into attendance (meeting_id, member_id, outcome, deputy_name, carries_vote,"
                                + " recorded_by, recorded_at) values (:m, :o, :out, :d, :v, :by, :at)")
                        .bind("m", id)
                        .bind("o", a.memberId())
                        .bind("out", a.outcome().name())
                        .bind("d", a.deputyName())
                        .bind("v", carriesVote.test(a))
                        .bind("by", a.recordedBy())
                        .bind("at", a.recordedAt())
                        .execute();
                if (a.outcome() == AttendanceOutcome.PRESENT_DEPUTY) {
                    h.createUpdate("delete from deputy_uses where meeting_id = :m and member_id = :o")
                            .bind("m", id)
                            .bind("o", a.memberId())
                            .execute();
                    insertDeputyUse(h, a.memberId(), id, a.deputyName());
                }
            }
            alsoInTransaction.accept(h);
        });
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(
                Long.toString(rs.getLong("id")),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                instant(rs, "starts_at"),
                rs.getString("place"),
                rs.getString("link"),
                rs.getBoolean("confidential"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A meeting id as typed by a person: digits only, else null. */
    static Long number(String id) {
        if (id == null || !id.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(id.strip());
    }
}
