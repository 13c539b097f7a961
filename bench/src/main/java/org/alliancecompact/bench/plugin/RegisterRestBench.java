package org.alliancecompact.bench.plugin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.bench.harness.ClosedLoop;
import org.alliancecompact.bench.harness.Latencies;
import org.alliancecompact.bench.harness.LoadReport;
import org.alliancecompact.bench.harness.OpenLoopDriver;
import org.alliancecompact.model.profile.ProfileLoader;

/**
 * {@code GET /rest/compact/1.0/register} on the preview server (this JVM, 127.0.0.1, H2 in memory)
 * holding 1,000 members with a register row each, read the way the bot reads it for a Slack user
 * (its integration token, {@code ?viewer=} a member's head, who sees every row under Bolton's rules),
 * at 100 requests/s, open loop.
 */
public final class RegisterRestBench {
    static final int RATE = 100;
    static final int MEMBERS = 1_000;
    /** A demo member's head: in Bolton every member sees every row (no data-sharing condition). */
    static final String VIEWER = "head@smithills.example";

    private RegisterRestBench() {}

    public static List<BenchResult> run(boolean quick) throws Exception {
        try (PreviewServerHandle server = PreviewServerHandle.start("bolton", "bench-rest")) {
            // the test configuration seeds 5 demo members with 4 register rows; fill up to 1,000 rows
            int demoRows = (int) server.store().registerHistory().stream()
                    .map(r -> r.memberId())
                    .distinct()
                    .count();
            PluginSeed.membersWithRegister(
                    server.store(),
                    new ProfileLoader().loadBundled("bolton"),
                    MEMBERS - demoRows,
                    Clock.systemUTC().instant());
            URI uri = server.baseUri()
                    .resolve("rest/compact/1.0/register?viewer=" + URLEncoder.encode(VIEWER, StandardCharsets.UTF_8));
            HttpClient client = OpenLoopDriver.loopbackClient();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + PreviewServerHandle.INTEGRATION_TOKEN)
                    .header("Accept", "application/json")
                    .build();
            HttpResponse<String> once = client.send(request, HttpResponse.BodyHandlers.ofString());
            int rows = once.body().split("\"memberId\"", -1).length - 1;
            System.out.printf(
                    "GET %s: HTTP %d, %d rows, %,d bytes%n",
                    uri.getPath(), once.statusCode(), rows, once.body().length());

            // Warm up one request at a time: JIT without a queue left over for the measured run.
            Latencies alone = ClosedLoop.run(client, request, Duration.ofSeconds(quick ? 3 : 10));
            System.out.printf(
                    "one request at a time: %d requests, p50 %.2f ms, max %.2f ms%n",
                    alone.count(), alone.percentileMillis(50), alone.maxMillis());
            LoadReport report = new OpenLoopDriver(client)
                    .run(
                            "register, " + rows + " rows",
                            RATE,
                            Duration.ofSeconds(quick ? 5 : 20),
                            () -> request,
                            s -> s == 200);
            System.out.println(report.line());
            String what = "GET /register, " + rows + " rows @" + RATE + "/s";
            return List.of(
                    BenchResult.atLeast("rest", what + ": rows returned", rows, "", MEMBERS),
                    BenchResult.info("rest", "GET /register one at a time, p50", alone.percentileMillis(50), "ms"),
                    BenchResult.info("rest", what + " p50", report.p50Millis(), "ms"),
                    BenchResult.below("rest", what + " p99", report.p99Millis(), "ms", 30),
                    BenchResult.info("rest", what + " max", report.maxMillis(), "ms"),
                    BenchResult.below("rest", what + " errors", report.errors(), "", 0));
        }
    }
}
