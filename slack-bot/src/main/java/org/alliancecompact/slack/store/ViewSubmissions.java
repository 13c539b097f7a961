package org.alliancecompact.slack.store;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Modal submissions taken, by Slack's view id. Every opened modal has its own view id and keeps it
 * when submitted (https://api.slack.com/reference/interaction-payloads/views#view_submission), so a
 * second submission of the same view is the same form again: after Slack's 3-second timeout the person
 * may press Submit twice. The unique key makes the first win on every bot instance sharing the
 * database.
 */
public final class ViewSubmissions {
    private final Jdbi jdbi;

    public ViewSubmissions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** True when this view had not been submitted (or its earlier submission was refused and released). */
    public boolean claim(String viewId, String callbackId, String slackUser, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("insert into view_submissions (view_id, callback_id, slack_user,"
                                + " submitted_at) values (:v, :c, :u, :at) on conflict do nothing")
                        .bind("v", viewId)
                        .bind("c", callbackId)
                        .bind("u", slackUser)
                        .bind("at", at)
                        .execute())
                == 1;
    }

    /** Forgets a submission refused with field errors, so the corrected form is taken. */
    public void release(String viewId) {
        jdbi.useHandle(h -> h.createUpdate("delete from view_submissions where view_id = :v")
                .bind("v", viewId)
                .execute());
    }
}
