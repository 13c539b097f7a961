package org.alliancecompact.slack.store;

import static org.alliancecompact.slack.store.MeetingStore.instant;
import static org.alliancecompact.slack.store.MeetingStore.number;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.alliancecompact.model.register.SupportCategory;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Support requests, every move they make, the channel message that shows each, and evaluations. */
public final class SupportStore {

    /**
     * A request with what the bot keeps around it.
     *
     * @param brokerNote what the coordinator wrote when brokering it (null before BROKERED)
     */
    public record Stored(
            SupportRequest request,
            String requesterSlackUser,
            SupportCategory category,
            boolean brokerageRequired,
            String channel,
            String threadTs,
            String brokerNote) {}

    /** A returned evaluation: the rating 1 to 5 and the requester's written comments. */
    public record Evaluation(int rating, String impact) {}

    private final Jdbi jdbi;

    public SupportStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores a request validated by {@link SupportRequest#submit} (placeholder id); returns its id. */
    public SupportRequest insert(
            SupportRequest r, String requesterSlackUser, SupportCategory category, boolean brokerageRequired) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("insert into support_requests (member_id, requester_slack_user, focus, days,"
                            + " preferred_provider, status, category, brokerage_required, submitted_at, updated_at)"
                            + " values (:o, :u, :f, :d, :p, :s, :c, :b, :at, :at)")
                    .bind("o", r.requesterMemberId())
                    .bind("u", requesterSlackUser)
                    .bind("f", r.focus())
                    .bind("d", r.days())
                    .bind("p", r.preferredProviderMemberId())
                    .bind("s", r.status().name())
                    .bind("c", category == null ? null : category.name())
                    .bind("b", brokerageRequired)
                    .bind("at", r.submittedAt())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            transition(h, id, null, r.status(), requesterSlackUser, r.submittedAt(), null);
            return new SupportRequest(
                    Long.toString(id),
                    r.requesterMemberId(),
                    r.focus(),
                    r.days(),
                    r.preferredProviderMemberId(),
                    r.submittedAt(),
                    r.status(),
                    null,
                    null,
                    null,
                    null,
                    null);
        });
    }

    /** The request's priority: the requester's support category when it was filed (null: none, or hidden). */
    public void setCategory(String id, SupportCategory category) {
        jdbi.useHandle(h -> h.createUpdate("update support_requests set category = :c where id = :id")
                .bind("c", category == null ? null : category.name())
                .bind("id", number(id))
                .execute());
    }

    public void setMessage(String id, String channel, String ts) {
        jdbi.useHandle(h -> h.createUpdate("update support_requests set channel = :c, thread_ts = :t where id = :id")
                .bind("c", channel)
                .bind("t", ts)
                .bind("id", number(id))
                .execute());
    }

    /**
     * Every message stored with {@code from} as its channel now names {@code to}: messages kept with a
     * channel's name (before the bot kept the ID Slack answers) get the ID, which chat.update needs.
     */
    public void replaceChannel(String from, String to) {
        jdbi.useHandle(h -> h.createUpdate("update support_requests set channel = :to where channel = :from")
                .bind("to", to)
                .bind("from", from)
                .execute());
    }

    public Optional<Stored> find(String id) {
        Long n = number(id);
        if (n == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("select * from support_requests where id = :id")
                .bind("id", n)
                .map((rs, ctx) -> stored(rs))
                .findOne());
    }

    public List<Stored> all() {
        return jdbi.withHandle(h -> h.createQuery("select * from support_requests order by id")
                .map((rs, ctx) -> stored(rs))
                .list());
    }

    /** The requests an organisation asked for that are in one of {@code statuses}, oldest first. */
    public List<Stored> ofRequester(String memberId, Collection<RequestStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from support_requests where member_id = :o and status in (<statuses>) order by id")
                .bind("o", memberId)
                .bindList("statuses", names(statuses))
                .map((rs, ctx) -> stored(rs))
                .list());
    }

    /** Every request in one of {@code statuses}, oldest first. */
    public List<Stored> withStatus(RequestStatus... statuses) {
        if (statuses.length == 0) {
            return List.of();
        }
        return jdbi.withHandle(
                h -> h.createQuery("select * from support_requests where status in (<statuses>) order by id")
                        .bindList("statuses", names(List.of(statuses)))
                        .map((rs, ctx) -> stored(rs))
                        .list());
    }

    /** Open requests whose channel message has not been posted yet (the post failed), oldest first. */
    public List<Stored> unpostedOpen() {
        List<RequestStatus> open = Arrays.stream(RequestStatus.values())
                .filter(RequestStatus::open)
                .toList();
        return jdbi.withHandle(h -> h.createQuery("select * from support_requests"
                        + " where thread_ts is null and status in (<statuses>) order by id")
                .bindList("statuses", names(open))
                .map((rs, ctx) -> stored(rs))
                .list());
    }

    /** How many requests are in each status (statuses with none are absent), in one query. */
    public Map<RequestStatus, Integer> countByStatus() {
        Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
        jdbi.useHandle(h -> h.createQuery("select status, count(*) as n from support_requests group by status")
                .map((rs, ctx) -> Map.entry(RequestStatus.valueOf(rs.getString("status")), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    private static List<String> names(Collection<RequestStatus> statuses) {
        return statuses.stream().map(RequestStatus::name).toList();
    }

    /**
     * Saves a move made by {@link org.alliancecompact.model.support.RequestLifecycle}, but only if the
     * request is still in the state the move started from (two coordinators pressing at once: one
     * wins, the other is told). {@code alsoInTransaction} records what goes with it (an outbox push).
     *
     * @return false when someone else moved it first
     */
    public boolean move(
            SupportRequest before, SupportRequest after, String by, Instant at, Consumer<Handle> alsoInTransaction) {
        return move(before, after, by, at, null, alsoInTransaction);
    }

    /**
     * As {@link #move(SupportRequest, SupportRequest, String, Instant, Consumer)}, with the note the move was made
     * with (a broker's note, kept with the request when it is brokered, and with the move in its history).
     */
    public boolean move(
            SupportRequest before,
            SupportRequest after,
            String by,
            Instant at,
            String note,
            Consumer<Handle> alsoInTransaction) {
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("update support_requests set status = :s, claimed_by = :cb,"
                            + " provider_member_id = :p, closing_reason = :r, completed_at = :done,"
                            + " days_given = :given, broker_note = coalesce(:bn, broker_note), updated_at = :at"
                            + " where id = :id and status = :from")
                    .bind("s", after.status().name())
                    .bind("cb", after.claimedBy())
                    .bind("p", after.providerMemberId())
                    .bind("r", after.closingReason())
                    .bind("done", after.completedAt())
                    .bind("given", after.daysGiven())
                    .bind("bn", after.status() == RequestStatus.BROKERED ? note : null)
                    .bind("at", at)
                    .bind("id", number(after.id()))
                    .bind("from", before.status().name())
                    .execute();
            if (updated == 0) {
                return false;
            }
            transition(h, number(after.id()), before.status(), after.status(), by, at, note);
            alsoInTransaction.accept(h);
            return true;
        });
    }

    /** Stores an evaluation and the move to EVALUATED together; false if one was already returned. */
    public boolean evaluate(
            SupportRequest before, SupportRequest after, int rating, String impact, String by, Instant at) {
        return move(
                before,
                after,
                by,
                at,
                h -> h.createUpdate(
                                "insert into evaluations"
                                        + " (request_id, rating, impact, submitted_by, submitted_at) values (:id, :r, :i, :by, :at)")
                        .bind("id", number(after.id()))
                        .bind("r", rating)
                        .bind("i", impact)
                        .bind("by", by)
                        .bind("at", at)
                        .execute());
    }

    /** The evaluation returned for request {@code id}, if any. */
    public Optional<Evaluation> evaluation(String id) {
        Long n = number(id);
        if (n == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("select rating, impact from evaluations where request_id = :id")
                .bind("id", n)
                .map((rs, ctx) -> new Evaluation(rs.getInt("rating"), rs.getString("impact")))
                .findOne());
    }

    private static void transition(
            Handle h, long id, RequestStatus from, RequestStatus to, String by, Instant at, String note) {
        h.createUpdate("insert into request_transitions (request_id, from_status, to_status, by_slack_user, at, note)"
                        + " values (:id, :f, :t, :by, :at, :note)")
                .bind("note", note)
                .bind("id", id)
                .bind("f", from == null ? null : from.name())
                .bind("t", to.name())
                .bind("by", by)
                .bind("at", at)
                .execute();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        SupportRequest r = new SupportRequest(
                Long.toString(rs.getLong("id")),
                rs.getString("member_id"),
                rs.getString("focus"),
                rs.getBigDecimal("days"),
                rs.getString("preferred_provider"),
                instant(rs, "submitted_at"),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getString("claimed_by"),
                rs.getString("provider_member_id"),
                rs.getString("closing_reason"),
                instant(rs, "completed_at"),
                rs.getBigDecimal("days_given"));
        return new Stored(
                r,
                rs.getString("requester_slack_user"),
                category == null ? null : SupportCategory.valueOf(category),
                rs.getBoolean("brokerage_required"),
                rs.getString("channel"),
                rs.getString("thread_ts"),
                rs.getString("broker_note"));
    }
}
