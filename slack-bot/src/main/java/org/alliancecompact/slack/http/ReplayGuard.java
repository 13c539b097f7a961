package org.alliancecompact.slack.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecompact.slack.store.SeenSignatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the signed requests seen within Slack's signature window, so the same signed request sent
 * again (same {@code X-Slack-Signature}, which is an HMAC of the timestamp and the whole body) is acted
 * on once, whichever bot instance it reaches. Slack itself never sends two requests with one
 * signature: every interaction carries its own {@code trigger_id} and timestamps, and its event retries
 * are separate deliveries; an identical copy is a replay (someone who captured the request, or a proxy
 * sending it twice). A request older than the window is refused by {@link SlackSignature} anyway, so
 * nothing needs remembering longer than that.
 *
 * <p>Two levels: an in-memory map answers a copy reaching the same instance without a database round
 * trip; the bot's database ({@link SeenSignatures}) answers for every instance sharing it (one insert
 * before the acknowledgement, as the event log does for events). Should the database fail, the
 * request is let through on the in-memory check alone (the work that follows needs the database and
 * fails visibly then), rather than refusing every command while the database is away.
 */
public final class ReplayGuard {
    private static final Logger log = LoggerFactory.getLogger(ReplayGuard.class);
    /** Expired records are swept after this many requests (memory) or recorded signatures (database). */
    private static final int SWEEP_EVERY = 1_000;

    private final Duration window;
    private final Clock clock;
    private final SeenSignatures shared;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();
    private final AtomicInteger sinceSharedSweep = new AtomicInteger();

    /** In memory only: one instance (tests of the HTTP layer, the console). */
    public ReplayGuard(Duration window) {
        this(window, Clock.systemUTC(), null);
    }

    /**
     * @param window Slack's signature window ({@link SlackSignature#WINDOW})
     * @param clock the real clock the signatures are judged by
     * @param shared the signatures every instance on the database has seen; null for memory only
     */
    public ReplayGuard(Duration window, Clock clock, SeenSignatures shared) {
        this.window = window;
        this.clock = clock;
        this.shared = shared;
    }

    /**
     * True the first time this signature is seen by any instance, false for a copy inside the window.
     *
     * @param timestampSeconds the request's {@code X-Slack-Request-Timestamp}, already checked to be
     *     within the window of now
     */
    public boolean firstSighting(String signature, long timestampSeconds) {
        // kept for twice the window: the timestamp may be up to a window ahead of or behind now
        long forgetAfter = timestampSeconds + 2 * window.toSeconds();
        boolean first = seen.putIfAbsent(signature, forgetAfter) == null;
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            long now = clock.instant().getEpochSecond();
            seen.values().removeIf(until -> until < now);
        }
        if (!first || shared == null) {
            return first;
        }
        try {
            boolean firstAnywhere = shared.record(signature, Instant.ofEpochSecond(forgetAfter));
            if (sinceSharedSweep.incrementAndGet() >= SWEEP_EVERY) {
                sinceSharedSweep.set(0);
                shared.forgetBefore(clock.instant());
            }
            return firstAnywhere;
        } catch (RuntimeException e) {
            log.warn(
                    "Cannot record a request's signature in the database, checked on this instance only: {}",
                    e.toString());
            return true;
        }
    }

    int remembered() {
        return seen.size();
    }
}
