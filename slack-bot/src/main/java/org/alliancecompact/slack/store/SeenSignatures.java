package org.alliancecompact.slack.store;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Signatures of the signed Slack requests already acted on, shared by every bot instance on the
 * database, each kept until it is past Slack's signature window. The unique key makes the first
 * instance to see a signature win; a copy sent to another instance finds it taken.
 */
public final class SeenSignatures {
    private final Jdbi jdbi;

    public SeenSignatures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * True the first time {@code signature} is recorded (on any instance), false while an earlier
     * record of it is kept.
     *
     * @param signature the request's {@code X-Slack-Signature} ({@code v0=} and 64 hex digits)
     * @param forgetAfter when the record may go: a copy after it is refused as too old anyway
     */
    public boolean record(String signature, Instant forgetAfter) {
        return jdbi.withHandle(h -> h.createUpdate("insert into seen_signatures (signature, forget_after)"
                                + " values (:s, :until) on conflict do nothing")
                        .bind("s", signature)
                        .bind("until", forgetAfter)
                        .execute())
                == 1;
    }

    /** Deletes the records whose time has passed; returns how many. */
    public int forgetBefore(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("delete from seen_signatures where forget_after < :now")
                .bind("now", now)
                .execute());
    }

    /** How many records are kept (for tests). */
    public int kept() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from seen_signatures")
                .mapTo(Integer.class)
                .one());
    }
}
