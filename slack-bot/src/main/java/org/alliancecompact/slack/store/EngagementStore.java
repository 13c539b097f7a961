package org.alliancecompact.slack.store;

import static org.alliancecompact.slack.store.MeetingStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Engagement signals (each from one cause, never counted twice) and each organisation's last level. */
public final class EngagementStore {

    /** The level last computed for an organisation. */
    public record Level(String memberId, int level, List<String> reasons, Instant assessedAt) {}

    private static final String SEPARATOR = "\u001f";
    private final Jdbi jdbi;

    public EngagementStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Adds a signal inside the caller's transaction unless one with the same {@code sourceKey} (such as
     * {@code missed:12:smithills}) exists; true when added.
     */
    public static boolean add(Handle h, Signal s, String sourceKey) {
        return h.createUpdate("insert into engagement_signals (member_id, kind, at, detail, source_key)"
                                + " values (:o, :k, :at, :d, :key) on conflict do nothing")
                        .bind("o", s.memberId())
                        .bind("k", s.kind().name())
                        .bind("at", s.at())
                        .bind("d", s.detail())
                        .bind("key", sourceKey)
                        .execute()
                == 1;
    }

    public boolean add(Signal s, String sourceKey) {
        return jdbi.withHandle(h -> add(h, s, sourceKey));
    }

    /** Removes a signal recorded for a cause that turned out otherwise (attendance corrected). */
    public static void remove(Handle h, String sourceKey) {
        h.createUpdate("delete from engagement_signals where source_key = :key")
                .bind("key", sourceKey)
                .execute();
    }

    public List<Signal> signals(String memberId) {
        return jdbi.withHandle(
                h -> h.createQuery("select * from engagement_signals where member_id = :o order by at, id")
                        .bind("o", memberId)
                        .map((rs, ctx) -> signal(rs))
                        .list());
    }

    /** Every organisation's signals (oldest first), by member id, in one query: for the daily ladder. */
    public Map<String, List<Signal>> signalsByMember() {
        Map<String, List<Signal>> byMember = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("select * from engagement_signals order by member_id, at, id")
                .map((rs, ctx) -> signal(rs))
                .forEach(sig -> byMember.computeIfAbsent(sig.memberId(), k -> new ArrayList<>())
                        .add(sig)));
        return byMember;
    }

    private static Signal signal(ResultSet rs) throws SQLException {
        return new Signal(
                rs.getString("member_id"),
                SignalKind.valueOf(rs.getString("kind")),
                instant(rs, "at"),
                rs.getString("detail"));
    }

    public Optional<Level> level(String memberId) {
        return jdbi.withHandle(h -> h.createQuery("select * from engagement_levels where member_id = :o")
                .bind("o", memberId)
                .map((rs, ctx) -> level(rs))
                .findOne());
    }

    /** Every organisation's last level, by member id, in one query. */
    public List<Level> levels() {
        return jdbi.withHandle(h -> h.createQuery("select * from engagement_levels order by member_id")
                .map((rs, ctx) -> level(rs))
                .list());
    }

    private static Level level(ResultSet rs) throws SQLException {
        String reasons = rs.getString("reasons");
        return new Level(
                rs.getString("member_id"),
                rs.getInt("level"),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(SEPARATOR)),
                instant(rs, "assessed_at"));
    }

    /** Saves the level inside the caller's transaction. */
    public static void saveLevel(Handle h, String memberId, int level, List<String> reasons, Instant at) {
        h.createUpdate("delete from engagement_levels where member_id = :o")
                .bind("o", memberId)
                .execute();
        String joined = String.join(SEPARATOR, reasons);
        h.createUpdate("insert into engagement_levels (member_id, level, reasons, assessed_at)"
                        + " values (:o, :l, :r, :at)")
                .bind("o", memberId)
                .bind("l", level)
                .bind("r", joined.length() > 4000 ? joined.substring(0, 4000) : joined)
                .bind("at", at)
                .execute();
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
