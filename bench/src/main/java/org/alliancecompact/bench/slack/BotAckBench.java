package org.alliancecompact.bench.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.bench.harness.LoadReport;
import org.alliancecompact.bench.harness.OpenLoopDriver;

/**
 * {@code /alliance help} acknowledgement latency at 200 requests/s on loopback: the bare Bolt app
 * first, then the real bot, in the same JVM and run, same signed requests, same client.
 */
public final class BotAckBench {
    static final String SIGNING_SECRET = "bench-signing-secret-0123456789abcdef";
    static final String BOT_TOKEN = "xoxb-bench-token";
    static final int RATE = 200;

    private BotAckBench() {}

    public static List<BenchResult> run(boolean quick) throws Exception {
        Duration warmup = Duration.ofSeconds(quick ? 3 : 10);
        Duration measure = Duration.ofSeconds(quick ? 5 : 20);
        HttpClient client = OpenLoopDriver.loopbackClient();
        OpenLoopDriver driver = new OpenLoopDriver(client);
        List<BenchResult> results = new ArrayList<>();
        try (SlackWebApiStandIn slack = SlackWebApiStandIn.start(new SlackWebApiStandIn.Limits(1000, 1000, Map.of()));
                BareBoltApp bare = BareBoltApp.start(SIGNING_SECRET, BOT_TOKEN, slack.apiUrl())) {
            LoadReport bareReport = measure(driver, "bare Bolt app", bare.endpoint(), slack, warmup, measure);
            System.out.println(bareReport.line());
            results.add(BenchResult.info("bot-ack", "bare Bolt app p50", bareReport.p50Millis(), "ms"));
            results.add(BenchResult.info("bot-ack", "bare Bolt app p99", bareReport.p99Millis(), "ms"));
            results.add(BenchResult.below("bot-ack", "bare Bolt app errors", bareReport.errors(), "", 0));
        }
        return results;
    }

    static LoadReport measure(
            OpenLoopDriver driver,
            String name,
            URI endpoint,
            SlackWebApiStandIn slack,
            Duration warmup,
            Duration measure)
            throws InterruptedException {
        SlashCommandRequests requests = new SlashCommandRequests(endpoint, SIGNING_SECRET, Clock.systemUTC());
        String body = SlashCommandRequests.body("/alliance", "help", "U0BENCH01", slack.responseUrl());
        LoadReport warm = driver.run(name + " (warm-up)", RATE, warmup, () -> requests.signed(body), s -> s == 200);
        System.out.println(warm.line());
        return driver.run(name, RATE, measure, () -> requests.signed(body), s -> s == 200);
    }
}
