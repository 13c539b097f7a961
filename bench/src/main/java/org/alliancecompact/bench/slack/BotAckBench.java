package org.alliancecompact.bench.slack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.bench.harness.FloorServer;
import org.alliancecompact.bench.harness.LoadReport;
import org.alliancecompact.bench.harness.OpenLoopDriver;
import org.alliancecompact.bench.plugin.PreviewServerHandle;

/**
 * Acknowledgement latency at 200 requests/s on loopback, open loop, for two signed requests: the
 * {@code /alliance help} command and an {@code app_home_opened} event (for which the bot writes the
 * event id to its database before acknowledging, to drop Slack's redeliveries). The bare Bolt app and
 * the real bot answer the same requests in the same JVM and run, through the same client.
 */
public final class BotAckBench {
    /** Hexadecimal, as Slack's signing secrets are (the bot's configuration insists on it). */
    static final String SIGNING_SECRET = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    static final String BOT_TOKEN = "xoxb-bench-token";
    static final int RATE = 200;
    /** The Slack user who types the commands: the head of a demo member in the preview server. */
    static final String USER = "U0BENCH01";

    /** One server under test. */
    public record Target(String name, URI endpoint) {}

    /** A kind of request, built afresh (and signed) each time it is due. */
    record Kind(String name, Function<SignedSlackRequests, HttpRequest> request) {}

    private BotAckBench() {}

    public static List<BenchResult> run(boolean quick) throws Exception {
        // The whole system on this machine: Slack's Web API (stand-in), the plugin (preview server),
        // the bot on PostgreSQL; and beside it the bare Bolt app.
        try (SlackWebApiStandIn slack = SlackWebApiStandIn.start(new SlackWebApiStandIn.Limits(1000, 1000, Map.of()))
                        .withUser(USER, "head@smithills.example");
                PreviewServerHandle preview = PreviewServerHandle.start("bolton", "bench-bot-ack");
                BareBoltApp bare = BareBoltApp.start(SIGNING_SECRET, BOT_TOKEN, slack.apiUrl());
                RunningBot bot =
                        RunningBot.start(SIGNING_SECRET, BOT_TOKEN, slack.apiUrl(), withoutSlash(preview.baseUri()))) {
            List<Target> targets =
                    List.of(new Target("bare Bolt app", bare.endpoint()), new Target("bot", bot.endpoint()));
            List<BenchResult> results = measureAll(targets, slack, quick);
            // let the bot's follow-up work (Home tab publishing) drain before counting
            Thread.sleep(2_000);
            System.out.printf(
                    "bot: %d events written to its database; Slack stand-in answered %d views.publish, %d users.info%n",
                    bot.eventsLogged(), slack.ok("views.publish"), slack.ok("users.info"));
            return results;
        }
    }

    private static URI withoutSlash(URI uri) {
        String s = uri.toString();
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    static List<BenchResult> measureAll(List<Target> targets, SlackWebApiStandIn slack, boolean quick)
            throws InterruptedException {
        OpenLoopDriver driver = new OpenLoopDriver(OpenLoopDriver.loopbackClient());
        String command = SignedSlackRequests.body("/alliance", "help", USER, slack.responseUrl());
        AtomicLong eventIds = new AtomicLong();
        List<Kind> kinds =
                List.of(new Kind("/alliance help", r -> r.signed(command)), new Kind("app_home_opened event", r -> {
                    long now = System.currentTimeMillis() / 1000;
                    String id = "EvBENCH" + eventIds.incrementAndGet();
                    return r.signedJson(SignedSlackRequests.appHomeOpenedBody(id, USER, now));
                }));
        Duration measure = Duration.ofSeconds(quick ? 5 : 20);
        List<BenchResult> results = new ArrayList<>(floor(driver, quick));
        boolean firstKind = true;
        for (Kind kind : kinds) {
            Duration warmup = Duration.ofSeconds(quick ? 3 : firstKind ? 10 : 5);
            firstKind = false;
            Map<String, LoadReport> reports = new LinkedHashMap<>();
            for (Target t : targets) {
                SignedSlackRequests signer = new SignedSlackRequests(t.endpoint(), SIGNING_SECRET, Clock.systemUTC());
                LoadReport warm = driver.run(
                        t.name() + ", " + kind.name() + " (warm-up)",
                        RATE,
                        warmup,
                        () -> kind.request().apply(signer),
                        s -> s == 200);
                System.out.println(warm.line());
            }
            // Two rounds, taking turns, so neither server always runs first (JIT, machine load).
            for (int round = 0; round < 2; round++) {
                for (Target t : targets) {
                    SignedSlackRequests signer =
                            new SignedSlackRequests(t.endpoint(), SIGNING_SECRET, Clock.systemUTC());
                    LoadReport report = driver.run(
                            t.name() + ", " + kind.name(),
                            RATE,
                            measure.dividedBy(2),
                            () -> kind.request().apply(signer),
                            s -> s == 200);
                    System.out.println(report.line());
                    reports.merge(t.name(), report, LoadReport::plus);
                }
            }
            results.addAll(figures(kind.name(), reports));
        }
        System.out.println("auth.test calls answered by the Slack stand-in: " + slack.ok("auth.test"));
        return results;
    }

    /** The same rate against a server that does nothing: the client's and the machine's own share. */
    static List<BenchResult> floor(OpenLoopDriver driver, boolean quick) throws InterruptedException {
        try (FloorServer floor = new FloorServer()) {
            HttpRequest request = HttpRequest.newBuilder(floor.uri())
                    .POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build();
            driver.run("harness floor (warm-up)", RATE, Duration.ofSeconds(quick ? 2 : 5), () -> request, s -> true);
            LoadReport report =
                    driver.run("harness floor", RATE, Duration.ofSeconds(quick ? 3 : 10), () -> request, s -> s == 200);
            System.out.println(report.line());
            String what = "harness floor (empty 200) @" + RATE + "/s";
            return List.of(
                    BenchResult.info("bot-ack", what + " p50", report.p50Millis(), "ms"),
                    BenchResult.info("bot-ack", what + " p99", report.p99Millis(), "ms"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start the floor server on loopback", e);
        }
    }

    /** p50 and p99 of each target; the bot's against the 25 ms target and against the bare app (1.5x). */
    static List<BenchResult> figures(String kind, Map<String, LoadReport> reports) {
        List<BenchResult> results = new ArrayList<>();
        String b = "bot-ack";
        LoadReport bare = reports.get("bare Bolt app");
        for (Map.Entry<String, LoadReport> e : reports.entrySet()) {
            String who = e.getKey() + ", " + kind + " @" + RATE + "/s";
            LoadReport r = e.getValue();
            boolean isBot = !e.getKey().equals("bare Bolt app");
            results.add(BenchResult.info(b, who + " p50", r.p50Millis(), "ms"));
            results.add(
                    isBot
                            ? BenchResult.below(b, who + " p99", r.p99Millis(), "ms", 25)
                            : BenchResult.info(b, who + " p99", r.p99Millis(), "ms"));
            results.add(BenchResult.below(b, who + " errors", r.errors(), "", 0));
            if (isBot && bare != null) {
                results.add(BenchResult.info(b, kind + ": p50 bot / bare", r.p50Millis() / bare.p50Millis(), "x"));
                results.add(
                        BenchResult.below(b, kind + ": p99 bot / bare", r.p99Millis() / bare.p99Millis(), "x", 1.5));
            }
        }
        return results;
    }
}
