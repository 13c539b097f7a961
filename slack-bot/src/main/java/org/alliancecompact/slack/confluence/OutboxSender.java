package org.alliancecompact.slack.confluence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.alliancecompact.slack.store.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers queued pushes to the plugin: right after the change that queued them and again from the
 * scheduler until they get through. A push the plugin refuses (4xx) is kept with the plugin's
 * message for a person to look at, retried rarely; one that cannot get through is retried with a
 * growing delay (30 s doubling, at most an hour).
 */
public final class OutboxSender {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private final Outbox outbox;
    private final PluginHttp http;
    private final Clock clock;

    public OutboxSender(Outbox outbox, PluginHttp http, Clock clock) {
        this.outbox = outbox;
        this.http = http;
        this.clock = clock;
    }

    /** Tries every due push once; returns how many got through. */
    public int deliverDue() {
        int delivered = 0;
        for (Outbox.Push push : outbox.due(clock.instant(), 100)) {
            if (deliver(push)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(Outbox.Push push) {
        Instant now = clock.instant();
        if (!outbox.claim(push, now, LEASE)) {
            return false; // another instance has it
        }
        try {
            http.send(push.method(), push.path(), push.body());
            outbox.markSent(push.id(), clock.instant());
            return true;
        } catch (PluginUnavailable e) {
            Duration delay = delay(push.attempts() + 1);
            log.warn(
                    "Push {} {} not delivered ({}); retrying in {} s",
                    push.method(),
                    push.path(),
                    e.getMessage(),
                    delay.toSeconds());
            outbox.markFailed(push.id(), e.getMessage(), clock.instant().plus(delay));
        } catch (PluginRefused e) {
            log.error(
                    "Confluence refused push {} {}: {} (HTTP {}); kept in the outbox",
                    push.method(),
                    push.path(),
                    e.getMessage(),
                    e.status());
            outbox.markFailed(
                    push.id(),
                    "HTTP " + e.status() + ": " + e.getMessage(),
                    clock.instant().plus(MAX_DELAY));
        }
        return false;
    }

    static Duration delay(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 10);
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
}
