package org.alliancecompact.bench.fanout;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import java.net.URI;
import java.util.List;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.slack.slackapi.SlackApi;
import org.alliancecompact.slack.slackapi.SlackMessenger;
import org.alliancecompact.slack.testkit.StrictSlack;

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
    static final double CHANNEL_PER_SECOND = 1.0;

    static final int CHANNEL_BURST = 3;
    static final int WORKSPACE_PER_MINUTE = 6_000;
    static final int WORKSPACE_BURST = 100;

    private FanOutBench() {}

    public static List<BenchResult> run(boolean quick) throws Exception {
        int members = quick ? 2_000 : ReminderFanOut.MEMBERS;
        try (StrictSlack slack = StrictSlack.start()
                .limitPerChannel(CHANNEL_PER_SECOND, CHANNEL_BURST)
                .limit("chat.postMessage", WORKSPACE_PER_MINUTE, WORKSPACE_BURST)) {
            SlackMessenger messenger =
                    new SlackMessenger(SlackApi.of(SlackApi.slackFor(URI.create(slack.apiUrl())), "xoxb-bench-token"));
            System.out.printf(
                    "strict stand-in limits: chat.postMessage %.0f/s per channel (burst %d), %d/min workspace-wide"
                            + " (burst %d)%n",
                    CHANNEL_PER_SECOND, CHANNEL_BURST, WORKSPACE_PER_MINUTE, WORKSPACE_BURST);
            return ReminderFanOut.run(
                    "bot's SlackMessenger",
                    slack,
                    (channel, text) -> messenger.post(
                            channel, text, List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText(text))))),
                    members);
        }
    }
}
