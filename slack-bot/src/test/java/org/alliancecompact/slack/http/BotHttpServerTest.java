package org.alliancecompact.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecompact.slack.store.Database;
import org.alliancecompact.slack.store.EventDelivery;
import org.alliancecompact.slack.store.EventLog;
import org.alliancecompact.slack.testkit.SlackRequests;
import org.alliancecompact.slack.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jetty + Bolt's servlet behind our signature check, over real HTTP on loopback. */
class BotHttpServerTest {
    private static final String SECRET =
            "8f742231b10e8888abcd99yyyzzz85a5".replace('y', 'a').replace('z', 'b');
    private static final AtomicInteger homeOpened = new AtomicInteger();
    private static final AtomicInteger commands = new AtomicInteger();
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor();
    private static Database db;
    private static BotHttpServer server;
    private static SlackRequests slack;

    @BeforeAll
    static void start() {
        db = TestPostgres.open();
        // No bot token: Bolt then needs no auth.test call, which keeps this test about HTTP only.
        AppConfig config = AppConfig.builder().signingSecret(SECRET).build();
        App app = new App(config);
        app.use(new DuplicateEventMiddleware(new EventLog(db.jdbi()), Clock.systemUTC()));
        app.command("/alliance", (req, ctx) -> {
            commands.incrementAndGet();
            return ctx.ack("you said: " + req.getPayload().getText());
        });
        // as the bot's listeners do: acknowledge, and hand the work to the background
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            BACKGROUND.execute(EventDelivery.onlyOnce(homeOpened::incrementAndGet));
            return ctx.ack();
        });
        server = new BotHttpServer(
                        app,
                        new SlackSignature(SECRET, Clock.systemUTC()),
                        () -> db.isHealthy() ? Optional.empty() : Optional.of("database unavailable"),
                        "127.0.0.1",
                        0)
                .start();
        slack = new SlackRequests(server.port(), SECRET);
    }

    @AfterAll
    static void stop() {
        BACKGROUND.shutdownNow();
        server.close();
        db.close();
    }

    @Test
    void a_correctly_signed_command_reaches_the_listener() {
        var response = slack.postForm(SlackRequests.command("U1", "help", "http://127.0.0.1:1/unused"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("you said: help");
    }

    @Test
    void a_wrong_signature_is_refused() {
        long now = Instant.now().getEpochSecond();
        var response = slack.post(
                SlackRequests.command("U1", "help", "http://x"),
                "application/x-www-form-urlencoded",
                now,
                false,
                Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("you said");
    }

    @Test
    void a_stale_timestamp_is_refused_even_when_signed_correctly() {
        long sixMinutesAgo = Instant.now().getEpochSecond() - 360;
        var response = slack.post(
                SlackRequests.command("U1", "help", "http://x"),
                "application/x-www-form-urlencoded",
                sixMinutesAgo,
                true,
                Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void a_timestamp_from_the_future_is_refused_even_when_signed_correctly() {
        long sixMinutesAhead = Instant.now().getEpochSecond() + 360;
        var response = slack.post(
                SlackRequests.command("U1", "help", "http://x"),
                "application/x-www-form-urlencoded",
                sixMinutesAhead,
                true,
                Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void missing_signature_headers_are_refused() {
        var response = slack.get("/slack/events");
        assertThat(response.statusCode()).isIn(401, 405);
    }

    @Test
    void the_same_event_delivered_three_times_is_handled_once() throws Exception {
        String event = """
                {"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev0HOME1",
                 "event_time":1700000000,
                 "event":{"type":"app_home_opened","user":"U1","channel":"D1","tab":"home","event_ts":"1.0"}}
                """;
        int before = homeOpened.get();
        var first = slack.postJson(event, Map.of());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(slack.postJson(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(slack.postJson(event, Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"))
                        .statusCode())
                .isEqualTo(200);
        BACKGROUND.submit(() -> {}).get(10, TimeUnit.SECONDS); // the work handed over has run
        assertThat(homeOpened.get() - before).isEqualTo(1);
    }

    @Test
    void healthz_reports_the_database() {
        var response = slack.get("/healthz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ok");
    }

    @Test
    void in_socket_mode_only_healthz_is_served_and_reports_an_unhealthy_database() {
        try (BotHttpServer socketMode =
                new BotHttpServer(null, null, () -> Optional.of("database unavailable"), "127.0.0.1", 0).start()) {
            SlackRequests local = new SlackRequests(socketMode.port(), SECRET);
            var health = local.get("/healthz");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"status\":\"database unavailable\"}");
            assertThat(local.postForm(SlackRequests.command("U1", "help", "http://x"))
                            .statusCode())
                    .isIn(404, 405); // no Slack endpoint: Jetty answers not found / not allowed
        }
    }

    // ---- issue 14, finding 10: malformed signature headers, the server's name, replays ----------

    /** Sends a command with these raw signature headers (null: header left out). */
    private static java.net.http.HttpResponse<String> withHeaders(String timestamp, String signature) {
        var b = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        SlackRequests.command("U1", "help", "http://127.0.0.1:1/unused")));
        if (timestamp != null) {
            b.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            b.header("X-Slack-Signature", signature);
        }
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            nullValues = "NULL",
            value = {
                "9223372036854775807, v0=abc",
                "-9223372036854775808, v0=abc",
                "99999999999999999999999, v0=abc",
                "-1, v0=abc",
                "not-a-number, v0=abc",
                "'', v0=abc",
                "' ', ' '",
                "1.5e9, v0=abc",
                "NULL, v0=abc",
                "1700000000, NULL",
                "NULL, NULL"
            })
    void any_malformed_signature_header_is_a_401_that_names_nothing(String timestamp, String signature) {
        var response = withHeaders(timestamp, signature);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("jetty");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void no_response_names_the_server_or_its_version() {
        assertThat(slack.get("/healthz").headers().firstValue("Server")).isEmpty();
        var notFound = slack.get("/nothing-here");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Server")).isEmpty();
        assertThat(notFound.body()).doesNotContainIgnoringCase("jetty");
        assertThat(slack.postForm(SlackRequests.command("U1", "help", "http://127.0.0.1:1/server-header"))
                        .headers()
                        .firstValue("Server"))
                .isEmpty();
    }

    @Test
    void the_same_signed_command_sent_three_times_in_the_window_is_acted_on_once() {
        String body = SlackRequests.command("U1", "support 1 phonics", "http://127.0.0.1:1/replayed");
        long now = Instant.now().getEpochSecond();
        int before = commands.get();
        var first = slack.post(body, "application/x-www-form-urlencoded", now, true, Map.of());
        var second = slack.post(body, "application/x-www-form-urlencoded", now, true, Map.of());
        var third = slack.post(body, "application/x-www-form-urlencoded", now, true, Map.of());
        assertThat(first.body()).contains("you said: support 1 phonics");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEmpty();
        assertThat(commands.get() - before).isEqualTo(1);
        // the same body signed at another second is another request (Slack never sends one twice)
        slack.post(body, "application/x-www-form-urlencoded", now - 1, true, Map.of());
        assertThat(commands.get() - before).isEqualTo(2);
    }
}
