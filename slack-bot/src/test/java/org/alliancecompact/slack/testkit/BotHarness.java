package org.alliancecompact.slack.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.slack.Bot;
import org.alliancecompact.slack.config.BotConfig;

/**
 * The real bot over HTTP on loopback, with the strict {@link StrictSlack} standing in for Slack's
 * Web API and response URLs, WireMock for the Confluence plugin's REST API, on a fresh schema of the
 * shared embedded PostgreSQL.
 *
 * <p>People: Alpha School (head UALPHA, chair UALPHACHAIR), Beta Academy (head UBETA) and a
 * coordinator UCOORD who belongs to no member.
 */
public final class BotHarness implements AutoCloseable {
    public static final String SECRET = "0123456789abcdef0123456789abcdef";
    public static final ObjectMapper JSON = new ObjectMapper();

    public static final String MEMBERS = """
            [{"id":"alpha-school","name":"Alpha School","kind":"SCHOOL","phase":"PRIMARY","state":"FULL",
              "joinedOn":"2024-09-01","people":[
                {"email":"head@alpha.sch.uk","name":"Ann Head","role":"HEAD"},
                {"email":"chair@alpha.sch.uk","name":"Carl Chair","role":"CHAIR"},
                {"email":"dep@alpha.sch.uk","name":"Dee Deputy","role":"DEPUTY"}]},
             {"id":"beta-academy","name":"Beta Academy","kind":"ACADEMY","phase":"SECONDARY","state":"FULL",
              "joinedOn":"2024-09-01","people":[
                {"email":"head@beta.sch.uk","name":"Ben Head","role":"HEAD"}]}]
            """;

    /** The support channel's ID in the stand-in workspace (named #improvement-group). */
    public static final String GROUP = "CGROUP01";

    public final StrictSlack slack;
    public final WireMockServer plugin;
    public final MutableClock clock;
    public final String schema;
    public final AllianceProfile profile;
    public final Map<String, String> settings;
    public SlackRequests requests;
    public Bot bot;
    /** Numbers the views submitted, so each submission is of a view of its own. */
    private final AtomicInteger views = new AtomicInteger();

    public BotHarness(String profileName) {
        slack = StrictSlack.start();
        plugin = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        plugin.start();
        clock = new MutableClock(Instant.now());
        schema = TestPostgres.newSchema();
        profile = new ProfileLoader().loadBundled(profileName);
        stubSlack();
        stubPlugin();
        settings = new HashMap<>();
        settings.put("SLACK_BOT_TOKEN", "xoxb-test-token");
        settings.put("SLACK_SIGNING_SECRET", SECRET);
        settings.put("SLACK_API_URL", slack.apiUrl());
        settings.put("CONFLUENCE_URL", plugin.baseUrl());
        settings.put("CONFLUENCE_TOKEN", "plugin-token");
        settings.put("DATABASE_URL", TestPostgres.jdbcUrl());
        settings.put("DATABASE_USER", "postgres");
        settings.put("DATABASE_PASSWORD", "postgres");
        settings.put("PORT", "0");
        settings.put("BIND_ADDRESS", "127.0.0.1");
        settings.put("SUPPORT_CHANNEL", GROUP);
        settings.put("COORDINATOR_EMAILS", "coord@alliance.org");
        settings.put("MOU_PAGE_URL", "https://wiki.example.org/display/MOU");
    }

    public BotHarness start() {
        return start("bot-a");
    }

    public BotHarness start(String instance) {
        bot = Bot.start(
                BotConfig.from(settings), profile, new Bot.Options(schema, instance, Duration.ofMillis(200), clock));
        requests = new SlackRequests(bot.port(), SECRET);
        return this;
    }

    public void stopBot() {
        if (bot != null) {
            bot.close();
            bot = null;
        }
    }

    // ---- Slack stand-in -------------------------------------------------------------------------

    private void stubSlack() {
        slack.channel(GROUP, "improvement-group");
        user("UALPHA", "head@alpha.sch.uk", "Ann Head");
        user("UALPHACHAIR", "chair@alpha.sch.uk", "Carl Chair");
        user("UALPHADEP", "dep@alpha.sch.uk", "Dee Deputy");
        user("UBETA", "head@beta.sch.uk", "Ben Head");
        user("UCOORD", "coord@alliance.org", "Cora Coordinator");
        user("USTRANGER", "who@elsewhere.org", "Stranger");
    }

    public void user(String id, String email, String name) {
        slack.user(id, email, name);
    }

    /** A fresh response_url on the Slack stand-in. */
    public String responseUrl() {
        return slack.responseUrl();
    }

    /** Form fields of every call to a Web API method (taken or refused), oldest first. */
    public List<Map<String, String>> calls(String method) {
        return slack.calls(method);
    }

    /** Messages posted (chat.postMessage, taken or refused) to one channel or user. */
    public List<Map<String, String>> postsTo(String channel) {
        return slack.postsTo(channel);
    }

    /** Everything posted to one response_url. */
    public List<JsonNode> responses(String responseUrl) {
        return slack.responses(responseUrl);
    }

    /** Waits for the first answer on a response_url and returns its text. */
    public String awaitResponse(String responseUrl) {
        Eventually.await(
                "an answer on " + responseUrl, () -> !responses(responseUrl).isEmpty());
        return responses(responseUrl).get(0).path("text").asText();
    }

    // ---- plugin stand-in ------------------------------------------------------------------------

    private void stubPlugin() {
        plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/members")).willReturn(okJson(MEMBERS)));
        plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/register")).willReturn(okJson("""
                {"rows":[{"memberId":"alpha-school","memberName":"Alpha School","category":"INTENSIVE","criteria":[],
                  "setBy":"coord@alliance.org","setAt":"2026-09-10T09:00:00Z","reason":"Ofsted RI",
                  "nextReview":"2027-09-10","reviewOverdue":false}],
                 "headlineCounts":{"INTENSIVE":1,"TARGETED":0,"UNIVERSAL":0}}""")));
        plugin.stubFor(
                put(urlPathMatching("/rest/compact/1.0/support-assignments/.*")).willReturn(okJson("{}")));
        plugin.stubFor(post(urlPathEqualTo("/rest/compact/1.0/engagement")).willReturn(okJson("{}")));
    }

    // ---- Slack payloads -------------------------------------------------------------------------

    /**
     * Posts {@code /alliance <typed>} as {@code user}, as Slack sends it (typed text entity-escaped,
     * a trigger_id minted by the stand-in); returns the response_url it used.
     */
    public String command(String user, String typed) {
        String url = responseUrl();
        lastAck = requests.postForm(SlackPayloads.command(user, typed, url, slack.triggerId()));
        return url;
    }

    public java.net.http.HttpResponse<String> lastAck;

    /** Presses a button {@code actionId} with {@code value}; returns the response_url it used. */
    public String press(String user, String actionId, String value) {
        String url = responseUrl();
        lastAck = requests.postForm(
                SlackRequests.interaction(SlackPayloads.buttonPress(user, actionId, value, url, slack.triggerId())));
        return url;
    }

    /**
     * Presses a button that opens a modal and returns the view the modal shows once the bot has filled
     * it (the views.update after the "one moment" views.open): the form, or the reason there is none.
     */
    public String pressForModal(String user, String actionId, String value) {
        int before = calls("views.update").size();
        press(user, actionId, value);
        Eventually.await(
                "the modal for " + actionId, () -> calls("views.update").size() > before);
        return calls("views.update").get(before).get("view");
    }

    /**
     * Submits a modal {@code callbackId} with block values; a value "opt:X" is a selected option,
     * "date:YYYY-MM-DD" a date, "time:HH:mm" a time, "check:X" a ticked checkbox, anything else text
     * (see {@link SlackPayloads#viewSubmission}).
     */
    public java.net.http.HttpResponse<String> submit(
            String user, String callbackId, String privateMetadata, Map<String, String> values) {
        // Each submission is of a modal of its own, as when people open the form again: Slack gives every
        // opened view its own id and every interaction its own trigger_id.
        return submit(user, callbackId, privateMetadata, values, "V" + views.incrementAndGet());
    }

    /** As {@link #submit(String, String, String, Map)}, of the view {@code viewId} (the same view submitted again). */
    public java.net.http.HttpResponse<String> submit(
            String user, String callbackId, String privateMetadata, Map<String, String> values, String viewId) {
        // the view Slack submits is one Slack opened: the stand-in knows it, so a views.update of it is taken
        slack.viewOnScreen(viewId, callbackId);
        return requests.postForm(SlackRequests.interaction(
                SlackPayloads.viewSubmission(user, viewId, callbackId, privateMetadata, values, slack.triggerId())));
    }

    /** An app_home_opened event with this event id. */
    public java.net.http.HttpResponse<String> homeOpened(String user, String eventId, Map<String, String> headers) {
        String event = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_id\":" + quote(eventId)
                + ",\"event_time\":1700000000,\"event\":{\"type\":\"app_home_opened\","
                + "\"user\":" + quote(user) + ",\"channel\":\"D1\",\"tab\":\"home\",\"event_ts\":\"1.0\"}}";
        return requests.postJson(event, headers);
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Modal errors in a view_submission answer, by block id (empty when it was accepted). */
    public static Map<String, String> errors(java.net.http.HttpResponse<String> ack) {
        if (ack.body() == null || ack.body().isBlank()) {
            return Map.of();
        }
        try {
            JsonNode errors = JSON.readTree(ack.body()).path("errors");
            Map<String, String> m = new LinkedHashMap<>();
            errors.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
            return m;
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }

    public int count(String sql) {
        return bot.database()
                .jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        if (!slack.refusals().isEmpty()) {
            // not a failure here (a test may provoke refusals on purpose), but never silent
            System.err.println(
                    "Slack (the strict stand-in) refused " + slack.refusals().size() + " call(s):\n"
                            + slack.refusals().stream()
                                    .map(c -> "  " + c.method() + " " + c.error() + ": " + c.detail())
                                    .collect(java.util.stream.Collectors.joining("\n")));
        }
        stopBot();
        slack.close();
        plugin.stop();
    }
}
