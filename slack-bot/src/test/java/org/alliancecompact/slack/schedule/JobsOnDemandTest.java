package org.alliancecompact.slack.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.model.time.OperatorClock;
import org.alliancecompact.slack.Bot;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.store.EngagementStore;
import org.alliancecompact.slack.store.MeetingStore;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.alliancecompact.slack.testkit.SlackRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 18 finding 7: "no way to run the daily jobs (ladder, evaluation chaser, reminders, MOU
 * reminders, digest) now". The coordinator command and the operator's REST call each run a job whose
 * effect shows on the Slack and Confluence stand-ins; everyone else is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsOnDemandTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef-operator";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("bolton");
        h.bot = Bot.start(
                BotConfig.from(h.settings),
                h.profile,
                new Bot.Options(h.schema, "jobs", Duration.ofMillis(200), h.clock, null, TOKEN));
        h.requests = new SlackRequests(h.bot.port(), BotHarness.SECRET);
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static long digests() {
        return h.postsTo("UCOORD").stream()
                .filter(p -> p.get("text").startsWith("Weekly digest"))
                .count();
    }

    private static HttpResponse<String> call(int port, String method, String path, String authorization)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void a_member_s_head_is_refused_and_nothing_runs() {
        String url = h.command("UALPHA", "run digest");
        assertThat(h.awaitResponse(url)).isEqualTo("Only coordinators run the bot's daily jobs.");
        assertThat(digests()).isZero();
    }

    @Test
    @Order(2)
    void a_coordinator_without_a_job_or_with_an_unknown_one_gets_the_list() {
        String url = h.command("UCOORD", "run");
        assertThat(h.awaitResponse(url))
                .startsWith("Name the job to run now")
                .contains("ladder", "evaluation-chaser", "meeting-reminders", "mou-reminders", "digest");
        String unknown = h.command("UCOORD", "run <tea>");
        assertThat(h.awaitResponse(unknown))
                .startsWith("`&lt;tea&gt;` is not a job")
                .contains("• ladder (daily at 06:30)");
        assertThat(digests()).isZero();
    }

    @Test
    @Order(3)
    void a_coordinator_runs_the_digest_now_and_is_told_what_it_did() {
        String url = h.command("UCOORD", "run digest");
        assertThat(h.awaitResponse(url)).startsWith("Ran digest at ");
        assertThat(h.responses(url).get(0).path("text").asText()).contains(": 1 message sent (");
        assertThat(h.responses(url).get(0).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(digests()).isEqualTo(1);
        // once per week: running it again sends nothing more, and says so
        String again = h.command("UCOORD", "RUN Digest");
        assertThat(h.awaitResponse(again)).contains(": 0 messages sent (");
        assertThat(digests()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void the_operator_s_rest_call_runs_the_ladder_at_once() throws Exception {
        EngagementStore store = new EngagementStore(h.bot.database().jdbi());
        Instant now = h.clock.instant();
        store.add(
                new Signal("beta-academy", SignalKind.MEETING_MISSED, now.minus(Duration.ofDays(30)), "BLA meeting"),
                "missed:jobs-a");
        store.add(
                new Signal("beta-academy", SignalKind.MEETING_MISSED, now.minus(Duration.ofDays(10)), "BLA meeting"),
                "missed:jobs-b");

        HttpResponse<String> r = call(h.bot.port(), "POST", "/jobs/ladder", "Bearer " + TOKEN);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = BotHarness.JSON.readTree(r.body());
        assertThat(body.path("job").asText()).isEqualTo("ladder");
        assertThat(body.path("messagesSent").asInt()).isPositive();
        assertThat(body.path("clock").path("mode").asText()).isEqualTo("real");
        assertThat(h.count("select level from engagement_levels where member_id = 'beta-academy'"))
                .isEqualTo(1);
        Eventually.await(
                "level 1 pushed to the plugin",
                () -> !h.plugin
                        .findAll(postRequestedFor(urlPathEqualTo("/rest/compact/1.0/engagement"))
                                .withRequestBody(
                                        equalToJson("{\"memberId\":\"beta-academy\",\"level\":1}", true, true)))
                        .isEmpty());
        assertThat(h.postsTo("UBETA")).anyMatch(p -> p.get("text").startsWith("Engagement:"));
    }

    @Test
    @Order(5)
    void a_coordinator_runs_the_meeting_reminders_and_only_the_organisation_that_has_not_answered_is_reminded() {
        MeetingStore store = new MeetingStore(h.bot.database().jdbi());
        // six days ahead: the seven-day reminder is due, the one-day reminder is not
        Meeting m = store.insert(
                new Meeting(
                        "new",
                        MeetingKind.ALLIANCE_MEETING,
                        "Summer meeting",
                        h.clock.instant().plus(Duration.ofDays(6)),
                        "Town Hall",
                        null,
                        false),
                "UCOORD",
                h.clock.instant());
        store.answer(
                new Rsvp(m.id(), "alpha-school", RsvpChoice.ATTENDING, null, null, h.clock.instant()), "UALPHA", m);

        String url = h.command("UCOORD", "run meeting-reminders");
        assertThat(h.awaitResponse(url)).startsWith("Ran meeting-reminders at ").contains(": 1 message sent (");
        assertThat(reminders("UBETA")).isEqualTo(1);
        assertThat(reminders("UALPHA")).isZero();

        // again: nothing is due that was not sent
        String again = h.command("UCOORD", "run meeting-reminders");
        assertThat(h.awaitResponse(again)).contains(": 0 messages sent (");
        assertThat(reminders("UBETA")).isEqualTo(1);
    }

    private static long reminders(String user) {
        return h.postsTo(user).stream()
                .filter(p -> p.get("text").startsWith("Reminder:"))
                .count();
    }

    @Test
    @Order(6)
    void the_rest_call_without_the_right_token_or_for_no_job_is_refused() throws Exception {
        int port = h.bot.port();
        HttpResponse<String> none = call(port, "POST", "/jobs/ladder", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(call(port, "POST", "/jobs/ladder", "Basic b3A6b3A=").statusCode())
                .isEqualTo(401);
        HttpResponse<String> wrong = call(port, "POST", "/jobs/ladder", "Bearer " + TOKEN + "x");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain(TOKEN);
        HttpResponse<String> unknown = call(port, "POST", "/jobs/tea", "Bearer " + TOKEN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"no such job\"", "\"mou-reminders\"");
        assertThat(call(port, "GET", "/jobs/ladder", "Bearer " + TOKEN).statusCode())
                .isEqualTo(405);
    }

    /**
     * The operator clock drives db-scheduler: started twenty seconds before 08:00 on a Monday in London,
     * the bot sends the weekly digest by itself within seconds, and /healthz shows the clock. Without
     * OPERATOR_TOKEN there is no jobs endpoint.
     */
    @Test
    @Order(7)
    void on_an_operator_clock_the_scheduled_digest_comes_due_and_healthz_shows_the_clock() throws Exception {
        h.stopBot();
        try (BotHarness other = new BotHarness("bolton")) {
            LocalDateTime monday = LocalDateTime.now(other.profile.timeZone())
                    .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    .with(LocalTime.of(7, 59, 40));
            OperatorClock clock = OperatorClock.from(
                    Map.of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK", monday.toString()),
                    other.profile.timeZone(),
                    Clock.systemUTC());
            other.bot = Bot.start(
                    BotConfig.from(other.settings),
                    other.profile,
                    new Bot.Options(other.schema, "clocked", Duration.ofMillis(200), Clock.systemUTC())
                            .withOperator(clock, null));
            other.requests = new SlackRequests(other.bot.port(), BotHarness.SECRET);

            HttpResponse<String> health = call(other.bot.port(), "GET", "/healthz", null);
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode json = BotHarness.JSON.readTree(health.body());
            assertThat(json.path("status").asText()).isEqualTo("ok");
            assertThat(json.path("clock").path("mode").asText()).isEqualTo("start");
            assertThat(json.path("clock").path("setting").asText()).isEqualTo(monday.toString());
            assertThat(Instant.parse(json.path("clock").path("now").asText())).isAfter(Instant.now());

            Eventually.await(
                    "the Monday 08:00 digest sent by the scheduler on the operator clock",
                    () -> other.postsTo("UCOORD").stream()
                            .anyMatch(p -> p.get("text").startsWith("Weekly digest")));

            assertThat(call(other.bot.port(), "POST", "/jobs/digest", "Bearer " + TOKEN)
                            .statusCode())
                    .isEqualTo(404);
        }
    }
}
