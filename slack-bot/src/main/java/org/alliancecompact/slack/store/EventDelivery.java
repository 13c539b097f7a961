package org.alliancecompact.slack.store;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One delivery of a Slack event, known to the listeners while they run on its thread. Slack redelivers
 * an event (same {@code event_id}) when it thinks the first was not acknowledged. The listeners only
 * acknowledge and hand their work to the background through {@link #onlyOnce}; there, before the work
 * runs, the event log tells a first delivery from a redelivery. So the database write that drops
 * redeliveries happens after the acknowledgement, and a slow database never delays one.
 */
public final class EventDelivery {
    private static final Logger log = LoggerFactory.getLogger(EventDelivery.class);
    private static final ThreadLocal<EventDelivery> CURRENT = new ThreadLocal<>();

    private final String eventId;
    private final Instant receivedAt;
    private final EventLog events;
    /** Asked once per delivery however many pieces of work the listeners hand over. */
    private Boolean first;

    public EventDelivery(String eventId, Instant receivedAt, EventLog events) {
        this.eventId = eventId;
        this.receivedAt = receivedAt;
        this.events = events;
    }

    /** Runs the listeners for this delivery on this thread. */
    public <T> T during(Callable<T> listeners) throws Exception {
        CURRENT.set(this);
        try {
            return listeners.call();
        } finally {
            CURRENT.remove();
        }
    }

    /**
     * {@code work} as handed over by a listener: when called from an event's listeners it runs only for
     * the event's first delivery (on any bot instance sharing the database); otherwise it always runs.
     */
    public static Runnable onlyOnce(Runnable work) {
        EventDelivery delivery = CURRENT.get();
        if (delivery == null) {
            return work;
        }
        return () -> {
            if (delivery.isFirst()) {
                work.run();
            } else {
                log.info("Event {} already handled; the redelivery was acknowledged only", delivery.eventId);
            }
        };
    }

    private synchronized boolean isFirst() {
        if (first == null) {
            first = events.firstDelivery(eventId, receivedAt);
        }
        return first;
    }
}
