package org.alliancecompact.slack.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Remembers the signed requests seen within Slack's signature window, so the same signed request sent
 * again (same {@code X-Slack-Signature}, which is an HMAC of the timestamp and the whole body) is acted
 * on once. Slack itself never sends two requests with one signature: every interaction carries its own
 * {@code trigger_id} and timestamps, and its event retries are separate deliveries; an identical copy is
 * a replay (someone who captured the request, or a proxy sending it twice). A request older than the
 * window is refused by {@link SlackSignature} anyway, so nothing needs remembering longer than that.
 *
 * <p>Held in memory per bot instance: the check runs before the acknowledgement, where a database
 * round trip would eat into Slack's 3 seconds. Work that must happen once across instances is also
 * guarded in the store (view submissions, events).
 */
public final class ReplayGuard {
    private final Duration window;
    private final Clock clock;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    public ReplayGuard(Duration window) {
        this(window, Clock.systemUTC());
    }

    public ReplayGuard(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /**
     * True the first time this signature is seen, false for a copy inside the window.
     *
     * @param timestampSeconds the request's {@code X-Slack-Request-Timestamp}, already checked to be
     *     within the window of now
     */
    public boolean firstSighting(String signature, long timestampSeconds) {
        long forgetAfter = timestampSeconds + 2 * window.toSeconds();
        boolean first = seen.putIfAbsent(signature, forgetAfter) == null;
        if (sinceSweep.incrementAndGet() >= 1_000) {
            sinceSweep.set(0);
            long now = clock.instant().getEpochSecond();
            seen.values().removeIf(until -> until < now);
        }
        return first;
    }

    int remembered() {
        return seen.size();
    }
}
