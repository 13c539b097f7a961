package org.alliancecompact.bench.slack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.bench.harness.LoadReport;
import org.alliancecompact.bench.harness.OpenLoopDriver;
import org.alliancecompact.bench.plugin.PreviewServerHandle;
import org.alliancecompact.bench.plugin.SlowConfluence;
import org.alliancecompact.slack.testkit.SlackPayloads;
import org.alliancecompact.slack.testkit.SlackRequests;
import org.alliancecompact.slack.testkit.StrictSlack;

/**
 * Slack's 3-second rule whatever Confluence does (issue 14): the acknowledgement latency of the three
 * kinds of request Slack sends, each of which makes the bot read Confluence, to a bot whose Confluence
 * answers every request 10 s late ({@link SlowConfluence} in front of the preview server): the
 * {@code /alliance requests} command (reads the register), the "Request support" button (opens a modal,
 * then reads the member list) and the support form submitted (files a request, then reads the register).
 * Target: ack p99 under 25 ms, as with Confluence answering at once. At a low rate: every request holds
 * one of the bot's follow-up workers for 10 s, so a higher one measures the queue behind them rather
 * than the ack.
 */
public final class SlowConfluenceAcks {
    /** How late the plugin's REST API answers. */
    static final Duration CONFLUENCE_DELAY = Duration.ofSeconds(10);
    /** Requests a second: low load. */
    static final int RATE = 2;

    private SlowConfluenceAcks() {}

    /** One kind: its name and the {@code seq}-th request's signed body. */
    private record Kind(String name, java.util.function.LongFunction<String> body) {}

    static List<BenchResult> run(StrictSlack slack, PreviewServerHandle preview, boolean quick) throws Exception {
        try (SlowConfluence confluence = SlowConfluence.start(preview.baseUri(), CONFLUENCE_DELAY);
                RunningBot bot = RunningBot.start(
                        BotAckBench.SIGNING_SECRET,
                        BotAckBench.BOT_TOKEN,
                        URI.create(slack.apiUrl()),
                        confluence.baseUri())) {
            String user = BotAckBench.USER;
            Map<String, String> form = new LinkedHashMap<>();
            form.put("focus", "Phonics in key stage 1 & reading catch-up");
            form.put("days", "1");
            List<Kind> kinds = List.of(
                    new Kind(
                            "slash command /alliance requests",
                            seq -> SlackPayloads.command(user, "requests", slack.responseUrl(), slack.triggerId())),
                    new Kind(
                            "button Request support",
                            seq -> SlackRequests.interaction(SlackPayloads.buttonPress(
                                    user, "support:open", "open", slack.responseUrl(), slack.triggerId()))),
                    new Kind(
                            "view submission support form",
                            // each a form of its own (a view submitted again is filed once)
                            seq -> SlackRequests.interaction(SlackPayloads.viewSubmission(
                                    user,
                                    slack.viewOnScreen("VSLOW" + seq, "support_request"),
                                    "support_request",
                                    "",
                                    form,
                                    slack.triggerId()))));
            OpenLoopDriver driver = new OpenLoopDriver(OpenLoopDriver.loopbackClient());
            SignedSlackRequests signer =
                    new SignedSlackRequests(bot.endpoint(), BotAckBench.SIGNING_SECRET, Clock.systemUTC());
            Duration warmUp = Duration.ofSeconds(quick ? 2 : 5);
            Duration measure = Duration.ofSeconds(quick ? 5 : 30);
            List<BenchResult> results = new ArrayList<>();
            String b = "bot-ack";
            for (Kind kind : kinds) {
                AtomicLong seq = new AtomicLong();
                java.util.function.Supplier<HttpRequest> next =
                        () -> signer.signed(kind.body().apply(seq.incrementAndGet()));
                String what = "bot, Confluence in " + CONFLUENCE_DELAY.toSeconds() + " s, " + kind.name();
                // the code is already compiled (the same bot code answered the fast runs in this JVM)
                System.out.println(driver.run(what + " (warm-up)", RATE, warmUp, next, s -> s == 200)
                        .line());
                LoadReport report = driver.run(what, RATE, measure, next, s -> s == 200);
                System.out.println(report.line());
                String label = what + " @" + RATE + "/s";
                results.add(BenchResult.info(b, label + " ack p50", report.p50Millis(), "ms"));
                results.add(BenchResult.below(b, label + " ack p99", report.p99Millis(), "ms", 25));
                results.add(BenchResult.below(b, label + " errors", report.errors(), "", 0));
            }
            // The modals opened at once (views.open within the trigger's 3 s) though their content waits
            // for Confluence; the follow-ups still queued behind Confluence are not waited for.
            System.out.printf(
                    Locale.ROOT,
                    "Confluence in %d s: %,d requests reached it; Slack stand-in took %,d views.open, %,d views.update,"
                            + " %,d chat.postMessage, %,d replies at response URLs%n",
                    CONFLUENCE_DELAY.toSeconds(),
                    confluence.requests(),
                    slack.ok("views.open"),
                    slack.ok("views.update"),
                    slack.ok("chat.postMessage"),
                    slack.responses().size());
            results.add(BotAckBench.REFUSED.total("Confluence in " + CONFLUENCE_DELAY.toSeconds() + " s", slack));
            return results;
        }
    }
}
