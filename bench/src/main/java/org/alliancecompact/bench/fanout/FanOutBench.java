package org.alliancecompact.bench.fanout;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import java.util.List;
import java.util.Map;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.bench.slack.SlackWebApiStandIn;
import org.alliancecompact.slack.slackapi.SlackApi;
import org.alliancecompact.slack.slackapi.SlackMessenger;

/**
 * The reminder fan-out through the bot's own Web API client ({@link SlackApi}: waits Retry-After on
 * 429, backs off on 5xx) and {@link SlackMessenger#post}, one member after another as the bot's
 * reminder job does, against the stand-in's limits.
 */
public final class FanOutBench {
    /**
     * Slack allows about one message per second per channel with short bursts, and a workspace-wide
     * few hundred a minute. The workspace figure here is scaled up about tenfold so 10,000 messages
     * take under two minutes rather than twenty; it is still below the bot's own sending pace, so the
     * fan-out runs into it and must handle the 429s.
     */
    static final SlackWebApiStandIn.Limits LIMITS =
            new SlackWebApiStandIn.Limits(1.0, 3, Map.of("chat.postMessage", new SlackWebApiStandIn.Tier(6_000, 100)));

    private FanOutBench() {}

    public static List<BenchResult> run(boolean quick) throws Exception {
        int members = quick ? 2_000 : ReminderFanOut.MEMBERS;
        try (SlackWebApiStandIn slack = SlackWebApiStandIn.start(LIMITS)) {
            SlackMessenger messenger =
                    new SlackMessenger(SlackApi.of(SlackApi.slackFor(slack.apiUrl()), "xoxb-bench-token"));
            System.out.printf(
                    "stand-in limits: chat.postMessage %.0f/s per channel (burst %d), %d/min workspace-wide (burst %d)%n",
                    LIMITS.channelPerSecond(),
                    LIMITS.channelBurst(),
                    LIMITS.tiers().get("chat.postMessage").perMinute(),
                    LIMITS.tiers().get("chat.postMessage").burst());
            return ReminderFanOut.run(
                    "bot's SlackMessenger",
                    slack,
                    (channel, text) -> messenger.post(
                            channel, text, List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText(text))))),
                    members);
        }
    }
}
