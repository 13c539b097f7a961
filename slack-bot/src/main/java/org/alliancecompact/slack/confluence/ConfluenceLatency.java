package org.alliancecompact.slack.confluence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether Confluence is answering slowly just now, from the bot's own calls: a call still waiting longer than
 * {@link #SLOW}, or a call that took longer or could not reach Confluence within the last {@link #MEMORY} and
 * no quick answer since. The
 * bot uses it not to spend Slack's 3 seconds (https://api.slack.com/interactivity/handling#acknowledgment_response)
 * on an answer that will not come in time: while Confluence is slow, the member list that says who is asking
 * is served from the bot's cache and read again in the background ({@code PluginClient.members}; issue 14,
 * "the 3-second rule, whatever Confluence does").
 */
public final class ConfluenceLatency {

    /** A call slower than this counts as slow: half the bot's submission budget. */
    public static final Duration SLOW = Duration.ofSeconds(1);

    /** How long one slow or failed call keeps Confluence counted as slow. */
    public static final Duration MEMORY = Duration.ofSeconds(30);

    private final Clock clock;
    private final Map<Long, Instant> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicReference<Instant> lastSlow = new AtomicReference<>();

    public ConfluenceLatency(Clock clock) {
        this.clock = clock;
    }

    /** Marks a call started; pass the id to {@link #finished}. */
    long started() {
        long id = ids.incrementAndGet();
        inFlight.put(id, clock.instant());
        return id;
    }

    /** Marks a call finished; {@code reached} false when Confluence could not be reached or answered 5xx. */
    void finished(long id, boolean reached) {
        Instant start = inFlight.remove(id);
        Instant now = clock.instant();
        if (!reached || (start != null && Duration.between(start, now).compareTo(SLOW) > 0)) {
            lastSlow.set(now);
        } else {
            lastSlow.set(null); // a quick answer: Confluence is back
        }
    }

    /** Whether Confluence is slow or unreachable now (see the class comment). */
    public boolean slow() {
        Instant now = clock.instant();
        Instant last = lastSlow.get();
        if (last != null && Duration.between(last, now).compareTo(MEMORY) < 0) {
            return true;
        }
        Instant slowStart = now.minus(SLOW);
        return inFlight.values().stream().anyMatch(start -> start.isBefore(slowStart));
    }
}
