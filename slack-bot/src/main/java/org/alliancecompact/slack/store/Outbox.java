package org.alliancecompact.slack.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Pushes to the Confluence plugin that must not be lost when it is unreachable. A push is written in
 * the same transaction as the change it reports, then delivered; undelivered ones are retried by the
 * scheduler with a growing delay.
 */
public final class Outbox {

    /** One pending push. */
    public record Push(long id, String method, String path, String body, int attempts, Instant nextAttemptAt) {}

    private final Jdbi jdbi;

    public Outbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records a push inside the caller's transaction; returns its id. */
    public long enqueue(Handle h, String method, String path, String body, Instant now) {
        return h.createUpdate("insert into outbox (method, path, body, created_at, attempts, next_attempt_at)"
                        + " values (:m, :p, :b, :now, 0, :now)")
                .bind("m", method)
                .bind("p", path)
                .bind("b", body)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    public List<Push> due(Instant now, int limit) {
        return jdbi.withHandle(h -> h.createQuery("select id, method, path, body, attempts, next_attempt_at from outbox"
                        + " where sent_at is null and next_attempt_at <= :now order by id limit :limit")
                .bind("now", now)
                .bind("limit", limit)
                .map((rs, ctx) -> new Push(
                        rs.getLong("id"),
                        rs.getString("method"),
                        rs.getString("path"),
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        rs.getObject("next_attempt_at", java.time.OffsetDateTime.class)
                                .toInstant()))
                .list());
    }

    /**
     * Takes a push for delivery by moving its next attempt out of reach of other instances; false if
     * another instance took it first.
     */
    public boolean claim(Push push, Instant now, Duration lease) {
        return jdbi.withHandle(h -> h.createUpdate("update outbox set next_attempt_at = :lease, attempts = attempts + 1"
                                + " where id = :id and sent_at is null and attempts = :attempts")
                        .bind("lease", now.plus(lease))
                        .bind("id", push.id())
                        .bind("attempts", push.attempts())
                        .execute())
                == 1;
    }

    public void markSent(long id, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("update outbox set sent_at = :now, last_error = null where id = :id")
                .bind("now", now)
                .bind("id", id)
                .execute());
    }

    public void markFailed(long id, String error, Instant nextAttempt) {
        String shortError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        jdbi.useHandle(h -> h.createUpdate("update outbox set last_error = :e, next_attempt_at = :next where id = :id")
                .bind("e", shortError)
                .bind("next", nextAttempt)
                .bind("id", id)
                .execute());
    }

    public int pendingCount() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox where sent_at is null")
                .mapTo(Integer.class)
                .one());
    }
}
