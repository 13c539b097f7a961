package org.alliancecompact.slack.store;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Messages the scheduler sends at most once: reminders, chasers, nudges, digests. Each has a key that
 * names what it is about (such as {@code rsvp-reminder:12:P7D:U123}).
 *
 * <p>The key is inserted and the message sent inside one transaction: a second instance racing for the
 * same key waits on the row lock and then finds it taken; a failed send rolls the key back so the next
 * run tries again. Only a crash between Slack accepting the message and our commit can repeat it.
 */
public final class NudgeLog {
    private final Jdbi jdbi;

    public NudgeLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs {@code send} unless {@code key} was sent before; true when it ran. */
    public boolean sendOnce(String key, String recipient, Instant now, Runnable send) {
        return jdbi.inTransaction(h -> {
            int inserted = h.createUpdate("insert into nudges_sent (dedupe_key, recipient, sent_at)"
                            + " values (:k, :r, :at) on conflict do nothing")
                    .bind("k", key)
                    .bind("r", recipient)
                    .bind("at", now)
                    .execute();
            if (inserted == 0) {
                return false;
            }
            send.run();
            return true;
        });
    }

    /**
     * Like {@link #sendOnce} for one message that stands for several keys (reminders for two lead times
     * that fell due together). Keys are taken in sorted order, so two instances racing for overlapping
     * sets wait on each other instead of deadlocking; the message goes out only if {@code key} itself
     * was still free.
     */
    public boolean sendOnceCovering(
            String key, java.util.Collection<String> covers, String recipient, Instant now, Runnable send) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(covers);
        all.add(key);
        return jdbi.inTransaction(h -> {
            boolean own = false;
            for (String k : all) {
                int inserted = h.createUpdate("insert into nudges_sent (dedupe_key, recipient, sent_at)"
                                + " values (:k, :r, :at) on conflict do nothing")
                        .bind("k", k)
                        .bind("r", recipient)
                        .bind("at", now)
                        .execute();
                if (k.equals(key)) {
                    own = inserted == 1;
                }
            }
            if (!own) {
                return false;
            }
            send.run();
            return true;
        });
    }

    public boolean wasSent(String key) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from nudges_sent where dedupe_key = :k")
                        .bind("k", key)
                        .mapTo(Integer.class)
                        .one())
                > 0;
    }

    /**
     * How many messages the log holds: the jobs run on demand report the difference before and after.
     * A reminder standing for several lead times that fell due together counts once per lead time.
     */
    public int count() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from nudges_sent")
                .mapTo(Integer.class)
                .one());
    }
}
