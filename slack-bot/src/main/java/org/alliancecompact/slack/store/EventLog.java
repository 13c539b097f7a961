package org.alliancecompact.slack.store;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Slack events already handled. Slack redelivers an event (same {@code event_id}, a higher
 * {@code X-Slack-Retry-Num}) when our answer was slow or lost; the unique key makes the first delivery
 * win across every bot instance sharing the database.
 */
public final class EventLog {
    private final Jdbi jdbi;

    public EventLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** True the first time this event id is seen, false for every redelivery. */
    public boolean firstDelivery(String eventId, Instant at) {
        return jdbi.withHandle(
                        h -> h.createUpdate("insert into processed_events (event_id, received_at) values (:id, :at)"
                                        + " on conflict do nothing")
                                .bind("id", eventId)
                                .bind("at", at)
                                .execute())
                == 1;
    }
}
