package org.alliancecompact.slack.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The strict Slack stand-in refuses exactly what Slack's documentation says Slack refuses: each
 * limit is tried at the limit (taken) and one past it (refused with Slack's error code).
 */
class StrictSlackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private MutableClock clock;
    private StrictSlack slack;

    @BeforeEach
    void start() {
        clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
        slack = StrictSlack.start(clock)
                .user("UANN", "ann@alpha.sch.uk", "Ann Head")
                .channel("CGROUP01", "improvement-group")
                .channel("COTHER01", "elsewhere", false);
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    // ---- one limit at a time, both sides of it ------------------------------------------------

    /** A case: the surface with {@code n} of something, the limit, and Slack's error past it. */
    record Limit(String name, String method, int limit, IntFunction<Map<String, String>> call, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> limits() {
        List<Limit> l = new ArrayList<>();
        // api.slack.com/reference/block-kit/blocks: 50 blocks a message, 100 a modal or Home tab
        l.add(new Limit("blocks per message", "chat.postMessage", 50, n -> post(sections(n, "x")), "invalid_blocks"));
        l.add(new Limit("blocks per modal", "views.open", 100, n -> modal(sections(n, "x")), "invalid_arguments"));
        l.add(new Limit("blocks per Home tab", "views.publish", 100, n -> home(sections(n, "x")), "invalid_arguments"));
        // blocks#section: text 3000, fields 10 of 2000
        l.add(new Limit(
                "section text", "chat.postMessage", 3000, n -> post(sections(1, "a".repeat(n))), "invalid_blocks"));
        l.add(new Limit(
                "section field",
                "chat.postMessage",
                2000,
                n -> post("[{\"type\":\"section\",\"fields\":[" + mrkdwn("f".repeat(n)) + "]}]"),
                "invalid_blocks"));
        l.add(new Limit(
                "section fields",
                "chat.postMessage",
                10,
                n -> post("[{\"type\":\"section\",\"fields\":[" + repeat(n, mrkdwn("f")) + "]}]"),
                "invalid_blocks"));
        // blocks#context: 10 elements; composition-objects#text: 3000 characters
        l.add(new Limit(
                "context elements",
                "chat.postMessage",
                10,
                n -> post("[{\"type\":\"context\",\"elements\":[" + repeat(n, mrkdwn("c")) + "]}]"),
                "invalid_blocks"));
        l.add(new Limit(
                "context text",
                "chat.postMessage",
                3000,
                n -> post("[{\"type\":\"context\",\"elements\":[" + mrkdwn("c".repeat(n)) + "]}]"),
                "invalid_blocks"));
        // header-block: 150
        l.add(new Limit(
                "header text",
                "chat.postMessage",
                150,
                n -> post("[{\"type\":\"header\",\"text\":" + plain("h".repeat(n)) + "}]"),
                "invalid_blocks"));
        // button-element: text 75, value 2000, action_id 255
        l.add(new Limit(
                "button text",
                "chat.postMessage",
                75,
                n -> post(actions(button("b".repeat(n), "v", "a"))),
                "invalid_blocks"));
        l.add(new Limit(
                "button value",
                "chat.postMessage",
                2000,
                n -> post(actions(button("b", "v".repeat(n), "a"))),
                "invalid_blocks"));
        l.add(new Limit(
                "action_id length",
                "chat.postMessage",
                255,
                n -> post(actions(button("b", "v", "a".repeat(n)))),
                "invalid_blocks"));
        // blocks: block_id 255
        l.add(new Limit(
                "block_id length",
                "chat.postMessage",
                255,
                n -> post(
                        "[{\"type\":\"section\",\"block_id\":\"" + "k".repeat(n) + "\",\"text\":" + mrkdwn("x") + "}]"),
                "invalid_blocks"));
        // composition-objects#option: text 75, value 150; block-elements#static_select: 100 options
        l.add(new Limit(
                "option text",
                "views.open",
                75,
                n -> modal(select(List.of(option("o".repeat(n), "v")))),
                "invalid_arguments"));
        l.add(new Limit(
                "option value",
                "views.open",
                150,
                n -> modal(select(List.of(option("o", "v".repeat(n))))),
                "invalid_arguments"));
        l.add(new Limit(
                "options per select",
                "views.open",
                100,
                n -> {
                    List<String> options = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        options.add(option("o" + i, "v" + i));
                    }
                    return modal(select(options));
                },
                "invalid_arguments"));
        // blocks#input: label 2000
        l.add(new Limit(
                "input label",
                "views.open",
                2000,
                n -> modal("[{\"type\":\"input\",\"label\":" + plain("l".repeat(n))
                        + ",\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"t\"}}]"),
                "invalid_arguments"));
        // chat.postMessage: 40,000 characters of text
        l.add(new Limit(
                "message text",
                "chat.postMessage",
                40_000,
                n -> {
                    Map<String, String> f = new LinkedHashMap<>();
                    f.put("channel", "CGROUP01");
                    f.put("text", "t".repeat(n));
                    return f;
                },
                "msg_too_long"));
        // reference/surfaces/views: title, submit, close 24; private_metadata 3000
        l.add(new Limit(
                "modal title", "views.open", 24, n -> modalWith("title", plain("t".repeat(n))), "invalid_arguments"));
        l.add(new Limit(
                "modal submit", "views.open", 24, n -> modalWith("submit", plain("s".repeat(n))), "invalid_arguments"));
        l.add(new Limit(
                "modal close", "views.open", 24, n -> modalWith("close", plain("c".repeat(n))), "invalid_arguments"));
        l.add(new Limit(
                "private_metadata",
                "views.open",
                3000,
                n -> modalWith(
                        "private_metadata", JSON.valueToTree("m".repeat(n)).toString()),
                "invalid_arguments"));
        return l.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void each_limit_is_taken_at_the_limit_and_refused_one_past_it(Limit limit) throws Exception {
        JsonNode at = call(limit.method(), withTrigger(limit.call().apply(limit.limit())));
        assertThat(at.path("ok").asBoolean())
                .as(limit.name() + " at the limit: " + at)
                .isTrue();

        JsonNode past = call(limit.method(), withTrigger(limit.call().apply(limit.limit() + 1)));
        assertThat(past.path("ok").asBoolean())
                .as(limit.name() + " past the limit")
                .isFalse();
        assertThat(past.path("error").asText()).isEqualTo(limit.error());
        assertThat(past.path("response_metadata").path("messages").toString()).contains("[ERROR]");
        assertThat(slack.refusals()).hasSize(1);
    }

    @Test
    void block_ids_are_unique_in_a_message_and_action_ids_in_a_block() throws Exception {
        String twice = "[{\"type\":\"section\",\"block_id\":\"k\",\"text\":" + mrkdwn("x")
                + "},{\"type\":\"section\",\"block_id\":\"k\",\"text\":" + mrkdwn("y") + "}]";
        assertThat(call("chat.postMessage", post(twice)).path("error").asText()).isEqualTo("invalid_blocks");
        String twoButtons = actions(button("a", "1", "same") + "," + button("b", "2", "same"));
        assertThat(call("chat.postMessage", post(twoButtons)).path("error").asText())
                .isEqualTo("invalid_blocks");
        String distinct = actions(button("a", "1", "one") + "," + button("b", "2", "two"));
        assertThat(call("chat.postMessage", post(distinct)).path("ok").asBoolean())
                .isTrue();
    }

    @Test
    void a_modal_with_an_input_needs_a_submit_button() throws Exception {
        String input = "[{\"type\":\"input\",\"label\":" + plain("l")
                + ",\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"t\"}}]";
        Map<String, String> f = modal(input);
        f.put("view", f.get("view").replace(",\"submit\":{\"type\":\"plain_text\",\"text\":\"Save\"}", ""));
        assertThat(call("views.open", withTrigger(f)).path("error").asText()).isEqualTo("invalid_arguments");
    }

    // ---- trigger_id ---------------------------------------------------------------------------

    @Test
    void a_trigger_id_is_good_for_3_seconds_by_the_stand_ins_clock() throws Exception {
        String fresh = slack.triggerId();
        clock.advance(Duration.ofMillis(3000));
        assertThat(call("views.open", withTrigger(modal(sections(1, "x")), fresh))
                        .path("ok")
                        .asBoolean())
                .isTrue();

        String old = slack.triggerId();
        clock.advance(Duration.ofMillis(3001));
        assertThat(call("views.open", withTrigger(modal(sections(1, "x")), old))
                        .path("error")
                        .asText())
                .isEqualTo("expired_trigger_id");
    }

    @Test
    void a_trigger_id_is_used_once_and_only_one_minted_here_is_taken() throws Exception {
        String trigger = slack.triggerId();
        assertThat(call("views.open", withTrigger(modal(sections(1, "x")), trigger))
                        .path("ok")
                        .asBoolean())
                .isTrue();
        assertThat(call("views.open", withTrigger(modal(sections(1, "x")), trigger))
                        .path("error")
                        .asText())
                .isEqualTo("exchanged_trigger_id");
        assertThat(call("views.open", withTrigger(modal(sections(1, "x")), "trig-UANN"))
                        .path("error")
                        .asText())
                .isEqualTo("invalid_trigger_id");
    }

    @Test
    void views_update_needs_a_view_that_was_opened() throws Exception {
        JsonNode opened = call("views.open", withTrigger(modal(sections(1, "x"))));
        String id = opened.path("view").path("id").asText();
        Map<String, String> update = modal(sections(2, "y"));
        update.put("view_id", id);
        assertThat(call("views.update", update).path("ok").asBoolean()).isTrue();
        update.put("view_id", "VNOPE");
        assertThat(call("views.update", update).path("error").asText()).isEqualTo("not_found");
    }

    // ---- channels and threads -----------------------------------------------------------------

    @Test
    void post_message_takes_a_name_and_answers_the_id_but_update_takes_ids_only() throws Exception {
        JsonNode byName = call("chat.postMessage", Map.of("channel", "#improvement-group", "text", "hello"));
        assertThat(byName.path("ok").asBoolean()).isTrue();
        assertThat(byName.path("channel").asText()).isEqualTo("CGROUP01");
        String ts = byName.path("ts").asText();

        // api.slack.com/methods/chat.update: the channel is an ID
        assertThat(call("chat.update", Map.of("channel", "#improvement-group", "ts", ts, "text", "x"))
                        .path("error")
                        .asText())
                .isEqualTo("channel_not_found");
        assertThat(call("chat.update", Map.of("channel", "improvement-group", "ts", ts, "text", "x"))
                        .path("error")
                        .asText())
                .isEqualTo("channel_not_found");
        assertThat(call("chat.update", Map.of("channel", "CGROUP01", "ts", ts, "text", "x"))
                        .path("ok")
                        .asBoolean())
                .isTrue();
        assertThat(call("chat.update", Map.of("channel", "CGROUP01", "ts", "1.2", "text", "x"))
                        .path("error")
                        .asText())
                .isEqualTo("message_not_found");
        assertThat(call("reactions.add", Map.of("channel", "#improvement-group", "timestamp", ts, "name", "eyes"))
                        .path("error")
                        .asText())
                .isEqualTo("channel_not_found");
        assertThat(call("chat.postMessage", Map.of("channel", "#nowhere", "text", "x"))
                        .path("error")
                        .asText())
                .isEqualTo("channel_not_found");
        assertThat(call("chat.postMessage", Map.of("channel", "COTHER01", "text", "x"))
                        .path("error")
                        .asText())
                .isEqualTo("not_in_channel");
    }

    @Test
    void a_dm_is_answered_with_its_d_id_which_update_takes_and_the_user_id_it_refuses() throws Exception {
        JsonNode dm = call("chat.postMessage", Map.of("channel", "UANN", "text", "hello"));
        assertThat(dm.path("channel").asText()).isEqualTo("DANN");
        String ts = dm.path("ts").asText();
        assertThat(call("chat.update", Map.of("channel", "UANN", "ts", ts, "text", "x"))
                        .path("error")
                        .asText())
                .isEqualTo("channel_not_found");
        assertThat(call("chat.update", Map.of("channel", "DANN", "ts", ts, "text", "x"))
                        .path("ok")
                        .asBoolean())
                .isTrue();
        assertThat(call("chat.postMessage", Map.of("channel", "UNOBODY", "text", "x"))
                        .path("error")
                        .asText())
                .isEqualTo("channel_not_found");
    }

    @Test
    void a_thread_reply_needs_a_message_posted_in_that_channel() throws Exception {
        String ts = call("chat.postMessage", Map.of("channel", "CGROUP01", "text", "parent"))
                .path("ts")
                .asText();
        assertThat(call("chat.postMessage", Map.of("channel", "CGROUP01", "thread_ts", ts, "text", "reply"))
                        .path("ok")
                        .asBoolean())
                .isTrue();
        assertThat(call(
                                "chat.postMessage",
                                Map.of("channel", "CGROUP01", "thread_ts", "1700000000.000100", "text", "r"))
                        .path("error")
                        .asText())
                .isEqualTo("thread_not_found");
        assertThat(call("chat.postMessage", Map.of("channel", "UANN", "thread_ts", ts, "text", "r"))
                        .path("error")
                        .asText())
                .as("a ts of another channel")
                .isEqualTo("thread_not_found");
    }

    // ---- rate limits, injected failures, latency ----------------------------------------------

    @Test
    void over_the_channel_rate_it_answers_429_ratelimited_with_retry_after() throws Exception {
        slack.limitPerChannel(1.0, 1);
        assertThat(raw("chat.postMessage", Map.of("channel", "CGROUP01", "text", "1"))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> second = raw("chat.postMessage", Map.of("channel", "CGROUP01", "text", "2"));
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(JSON.readTree(second.body()).path("error").asText()).isEqualTo("ratelimited");
        assertThat(raw("chat.postMessage", Map.of("channel", "UANN", "text", "other channel"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void injected_failures_and_latency_answer_as_asked_and_are_not_counted_as_refusals() throws Exception {
        var refusal = slack.refuse("chat.postMessage", StrictSlack.where("channel", "UANN"), "account_inactive");
        assertThat(call("chat.postMessage", Map.of("channel", "UANN", "text", "x"))
                        .path("error")
                        .asText())
                .isEqualTo("account_inactive");
        refusal.remove();
        assertThat(call("chat.postMessage", Map.of("channel", "UANN", "text", "x"))
                        .path("ok")
                        .asBoolean())
                .isTrue();
        slack.failHttp("chat.postMessage", 503, 0, 1);
        assertThat(raw("chat.postMessage", Map.of("channel", "UANN", "text", "x"))
                        .statusCode())
                .isEqualTo(503);
        assertThat(slack.refusals()).isEmpty();
        assertThat(slack.calls("chat.postMessage")).hasSize(3);
        assertThat(slack.accepted("chat.postMessage")).hasSize(1);

        slack.delay("users.info", Duration.ofMillis(300));
        long started = System.nanoTime();
        assertThat(call("users.info", Map.of("user", "UANN"))
                        .path("user")
                        .path("profile")
                        .path("email")
                        .asText())
                .isEqualTo("ann@alpha.sch.uk");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    // ---- response_url ------------------------------------------------------------------------

    @Test
    void a_response_url_takes_five_messages_each_within_the_message_limits() throws Exception {
        String url = slack.responseUrl();
        for (int i = 0; i < 5; i++) {
            assertThat(respond(url, "{\"text\":\"answer " + i + "\"}").statusCode())
                    .isEqualTo(200);
        }
        assertThat(respond(url, "{\"text\":\"sixth\"}").statusCode()).isEqualTo(404);

        String other = slack.responseUrl();
        HttpResponse<String> tooMany = respond(other, "{\"text\":\"x\",\"blocks\":" + sections(51, "x") + "}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).isEqualTo("invalid_blocks");
        assertThat(slack.responses(other)).hasSize(1);
    }

    @Test
    void a_call_without_a_token_is_not_authed() throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(slack.apiUrl() + "chat.postMessage"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("channel=CGROUP01&text=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(answer.body()).path("error").asText()).isEqualTo("not_authed");
    }

    @Test
    void socket_mode_gets_the_url_the_test_gave_and_an_unknown_method_is_refused() throws Exception {
        assertThat(call("apps.connections.open", Map.of()).path("error").asText())
                .isEqualTo("invalid_auth");
        slack.socketModeUrl("ws://127.0.0.1:1/link");
        assertThat(call("apps.connections.open", Map.of()).path("url").asText()).isEqualTo("ws://127.0.0.1:1/link");
        assertThat(call("chat.scheduleMessage", Map.of("channel", "CGROUP01"))
                        .path("error")
                        .asText())
                .isEqualTo("unknown_method");
    }

    // ---- payloads as Slack builds them ---------------------------------------------------------

    @Test
    void typed_text_is_entity_escaped_as_slack_sends_it_and_slack_markup_is_kept() {
        assertThat(SlackPayloads.escape("Maths & English <Y6> for <@UANN|ann> and <https://x.org/a?b=1&c=2>"))
                .isEqualTo("Maths &amp; English &lt;Y6&gt; for <@UANN|ann> and <https://x.org/a?b=1&c=2>");
        String form = SlackPayloads.command("UANN", "support 1 A & B", slack.responseUrl(), slack.triggerId());
        assertThat(org.alliancecompact.slack.http.FormFields.decode(form))
                .containsEntry("text", "support 1 A &amp; B")
                .containsEntry("command", "/alliance")
                .containsKeys("response_url", "trigger_id", "team_id", "channel_id", "api_app_id");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private JsonNode call(String method, Map<String, String> fields) throws Exception {
        return JSON.readTree(raw(method, fields).body());
    }

    private HttpResponse<String> raw(String method, Map<String, String> fields) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(slack.apiUrl() + method))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", "Bearer xoxb-test")
                        .POST(HttpRequest.BodyPublishers.ofString(SlackRequests.form(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> respond(String url, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, String> withTrigger(Map<String, String> fields) {
        return withTrigger(fields, slack.triggerId());
    }

    private static Map<String, String> withTrigger(Map<String, String> fields, String trigger) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        if (f.containsKey("view") && !f.containsKey("user_id")) {
            f.put("trigger_id", trigger);
        }
        return f;
    }

    static Map<String, String> post(String blocks) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("channel", "CGROUP01");
        f.put("text", "fallback");
        f.put("blocks", blocks);
        return f;
    }

    static Map<String, String> modal(String blocks) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(
                "view",
                "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"Title\"},"
                        + "\"submit\":{\"type\":\"plain_text\",\"text\":\"Save\"},\"blocks\":" + blocks + "}");
        return f;
    }

    static Map<String, String> modalWith(String field, String json) {
        Map<String, String> f = modal(sections(1, "x"));
        com.fasterxml.jackson.databind.node.ObjectNode view;
        try {
            view = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(f.get("view"));
            view.set(field, JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        f.put("view", view.toString());
        return f;
    }

    static Map<String, String> home(String blocks) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("user_id", "UANN");
        f.put("view", "{\"type\":\"home\",\"blocks\":" + blocks + "}");
        return f;
    }

    static String sections(int n, String text) {
        return "[" + repeat(n, "{\"type\":\"section\",\"text\":" + mrkdwn(text) + "}") + "]";
    }

    static String select(List<String> options) {
        return "[{\"type\":\"input\",\"label\":" + plain("Pick") + ",\"element\":{\"type\":\"static_select\","
                + "\"action_id\":\"s\",\"options\":[" + String.join(",", options) + "]}}]";
    }

    static String option(String text, String value) {
        return "{\"text\":" + plain(text) + ",\"value\":\"" + value + "\"}";
    }

    static String actions(String elements) {
        return "[{\"type\":\"actions\",\"elements\":[" + elements + "]}]";
    }

    static String button(String text, String value, String actionId) {
        return "{\"type\":\"button\",\"text\":" + plain(text) + ",\"value\":\"" + value + "\",\"action_id\":\""
                + actionId + "\"}";
    }

    static String mrkdwn(String text) {
        return "{\"type\":\"mrkdwn\",\"text\":\"" + text + "\"}";
    }

    static String plain(String text) {
        return "{\"type\":\"plain_text\",\"text\":\"" + text + "\"}";
    }

    static String repeat(int n, String item) {
        return String.join(",", java.util.Collections.nCopies(n, item));
    }
}
