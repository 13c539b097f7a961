package org.alliancecompact.slack.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import org.alliancecompact.slack.http.FormFields;

/**
 * The real bot over HTTP on loopback, with WireMock standing in for Slack's Web API and for the
 * Confluence plugin, on a fresh schema of the shared embedded PostgreSQL.
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

    public final WireMockServer slack;
    public final WireMockServer plugin;
    public final MutableClock clock;
    public final String schema;
    public final AllianceProfile profile;
    public final Map<String, String> settings;
    public SlackRequests requests;
    public Bot bot;
    private final AtomicInteger responseUrls = new AtomicInteger();
    private final AtomicInteger interactions = new AtomicInteger();

    public BotHarness(String profileName) {
        slack = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        plugin = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        slack.start();
        plugin.start();
        clock = new MutableClock(Instant.now());
        schema = TestPostgres.newSchema();
        profile = new ProfileLoader().loadBundled(profileName);
        stubSlack();
        stubPlugin();
        settings = new HashMap<>();
        settings.put("SLACK_BOT_TOKEN", "xoxb-test-token");
        settings.put("SLACK_SIGNING_SECRET", SECRET);
        settings.put("SLACK_API_URL", slack.baseUrl() + "/api/");
        settings.put("CONFLUENCE_URL", plugin.baseUrl());
        settings.put("CONFLUENCE_TOKEN", "plugin-token");
        settings.put("DATABASE_URL", TestPostgres.jdbcUrl());
        settings.put("DATABASE_USER", "postgres");
        settings.put("DATABASE_PASSWORD", "postgres");
        settings.put("PORT", "0");
        settings.put("BIND_ADDRESS", "127.0.0.1");
        settings.put("SUPPORT_CHANNEL", "CGROUP01");
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
        slack.stubFor(post(urlEqualTo("/api/auth.test"))
                .willReturn(okJson("{\"ok\":true,\"user_id\":\"UBOT\",\"team_id\":\"T1\",\"bot_id\":\"B1\"}")));
        for (String method : List.of("chat.postEphemeral", "chat.update", "views.publish")) {
            slack.stubFor(post(urlEqualTo("/api/" + method)).willReturn(okJson("{\"ok\":true}")));
        }
        // views.open answers with the opened view's id, which views.update names
        for (String method : List.of("views.open", "views.update")) {
            slack.stubFor(post(urlEqualTo("/api/" + method))
                    .willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"VOPENED\",\"type\":\"modal\"}}")));
        }
        // As Slack, chat.postMessage answers with the conversation it posted in; here the one asked for
        // (tests post to channel IDs; a test of channel names stubs its own answer).
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"{{formData request.body 'f' urlDecode=true}}"
                                + "{{f.channel}}\",\"ts\":\"1700000000.000100\"}")
                        .withTransformers("response-template")));
        slack.stubFor(post(urlPathMatching("/respond/.*"))
                .willReturn(aResponse().withStatus(200).withBody("ok")));
        user("UALPHA", "head@alpha.sch.uk", "Ann Head");
        user("UALPHACHAIR", "chair@alpha.sch.uk", "Carl Chair");
        user("UALPHADEP", "dep@alpha.sch.uk", "Dee Deputy");
        user("UBETA", "head@beta.sch.uk", "Ben Head");
        user("UCOORD", "coord@alliance.org", "Cora Coordinator");
        user("USTRANGER", "who@elsewhere.org", "Stranger");
        slack.stubFor(post(urlEqualTo("/api/users.lookupByEmail"))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":false,\"error\":\"users_not_found\"}")));
    }

    public void user(String id, String email, String name) {
        String user =
                "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"name\":\"" + id.toLowerCase() + "\",\"real_name\":\""
                        + name + "\",\"profile\":{\"email\":\"" + email + "\",\"real_name\":\"" + name + "\"}}}";
        slack.stubFor(post(urlEqualTo("/api/users.info"))
                .withRequestBody(containing("user=" + id + "&")
                        .or(com.github.tomakehurst.wiremock.client.WireMock.matching("(.*&)?user=" + id + "$")))
                .willReturn(okJson(user)));
        slack.stubFor(post(urlEqualTo("/api/users.lookupByEmail"))
                .atPriority(1)
                .withRequestBody(containing("email=" + email.replace("@", "%40")))
                .willReturn(okJson(user)));
    }

    /** A fresh response_url on the Slack stand-in. */
    public String responseUrl() {
        return slack.baseUrl() + "/respond/" + responseUrls.incrementAndGet();
    }

    /** Form fields of every call to a Web API method, oldest first. */
    public List<Map<String, String>> calls(String method) {
        return slack.findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
                .map(BotHarness::form)
                .toList();
    }

    /** Messages posted (chat.postMessage) to one channel or user. */
    public List<Map<String, String>> postsTo(String channel) {
        return calls("chat.postMessage").stream()
                .filter(f -> channel.equals(f.get("channel")))
                .toList();
    }

    /** Everything posted to one response_url. */
    public List<JsonNode> responses(String responseUrl) {
        String path = responseUrl.substring(slack.baseUrl().length());
        return slack.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(r -> {
                    try {
                        return JSON.readTree(r.getBodyAsString());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Waits for the first answer on a response_url and returns its text. */
    public String awaitResponse(String responseUrl) {
        Eventually.await(
                "an answer on " + responseUrl, () -> !responses(responseUrl).isEmpty());
        return responses(responseUrl).get(0).path("text").asText();
    }

    public static Map<String, String> form(LoggedRequest r) {
        return FormFields.decode(r.getBodyAsString());
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

    /** Posts {@code /alliance <text>} as {@code user}; returns the response_url it used. */
    public String command(String user, String text) {
        String url = responseUrl();
        lastAck = requests.postForm(SlackRequests.command(user, text, url));
        return url;
    }

    public java.net.http.HttpResponse<String> lastAck;

    /** Presses a button {@code actionId} with {@code value}; returns the response_url it used. */
    public String press(String user, String actionId, String value) {
        String url = responseUrl();
        String payload = """
                {"type":"block_actions","user":{"id":"%s","username":"u","team_id":"T1"},"api_app_id":"A1",
                 "token":"legacy","team":{"id":"T1","domain":"alliance"},"trigger_id":"trig-%s",
                 "container":{"type":"message","message_ts":"1.1","channel_id":"D1","is_ephemeral":false},
                 "channel":{"id":"D1","name":"directmessage"},"response_url":"%s",
                 "actions":[{"type":"button","action_id":"%s","block_id":"b1","value":"%s",
                   "text":{"type":"plain_text","text":"x"},"action_ts":"1.2"}]}
                """.formatted(user, actionId, url, actionId, value);
        lastAck = requests.postForm(SlackRequests.interaction(payload));
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
     * "date:YYYY-MM-DD" a date, "time:HH:mm" a time, "check:X" a ticked checkbox, anything else text.
     */
    public java.net.http.HttpResponse<String> submit(
            String user, String callbackId, String privateMetadata, Map<String, String> values) {
        // Each submission is of a modal of its own, as when people open the form again: Slack gives every
        // opened view its own id and every interaction its own trigger_id.
        return submit(user, callbackId, privateMetadata, values, "V" + interactions.incrementAndGet());
    }

    /** As {@link #submit(String, String, String, Map)}, of the view {@code viewId} (the same view submitted again). */
    public java.net.http.HttpResponse<String> submit(
            String user, String callbackId, String privateMetadata, Map<String, String> values, String viewId) {
        StringBuilder state = new StringBuilder("{");
        StringBuilder blocks = new StringBuilder("[");
        boolean first = true;
        for (var e : values.entrySet()) {
            if (!first) {
                state.append(',');
                blocks.append(',');
            }
            first = false;
            String v = e.getValue();
            String value;
            if (v == null) {
                value = "{\"type\":\"plain_text_input\",\"value\":null}";
            } else if (v.startsWith("opt:")) {
                value =
                        "{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},"
                                + "\"value\":" + quote(v.substring(4)) + "}}";
            } else if (v.startsWith("date:")) {
                value = "{\"type\":\"datepicker\",\"selected_date\":" + quote(v.substring(5)) + "}";
            } else if (v.startsWith("time:")) {
                value = "{\"type\":\"timepicker\",\"selected_time\":" + quote(v.substring(5)) + "}";
            } else if (v.startsWith("check:")) {
                value =
                        "{\"type\":\"checkboxes\",\"selected_options\":[{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},"
                                + "\"value\":" + quote(v.substring(6)) + "}]}";
            } else {
                value = "{\"type\":\"plain_text_input\",\"value\":" + quote(v) + "}";
            }
            state.append(quote(e.getKey())).append(":{\"value\":").append(value).append('}');
            blocks.append("{\"type\":\"input\",\"block_id\":")
                    .append(quote(e.getKey()))
                    .append(",\"label\":{\"type\":\"plain_text\",\"text\":\"x\"},"
                            + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"value\"}}");
        }
        state.append('}');
        blocks.append(']');
        String payload = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\",\"domain\":\"alliance\"},"
                + "\"user\":{\"id\":" + quote(user) + ",\"username\":\"u\",\"team_id\":\"T1\"},\"api_app_id\":\"A1\","
                + "\"token\":\"legacy\",\"trigger_id\":\"trig-" + interactions.incrementAndGet()
                + "\",\"view\":{\"id\":"
                + quote(viewId) + ",\"type\":\"modal\","
                + "\"callback_id\":" + quote(callbackId) + ",\"private_metadata\":" + quote(privateMetadata)
                + ",\"blocks\":" + blocks + ",\"state\":{\"values\":" + state + "}},\"response_urls\":[]}";
        return requests.postForm(SlackRequests.interaction(payload));
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
        stopBot();
        slack.stop();
        plugin.stop();
    }
}
