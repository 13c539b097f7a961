package org.alliancecompact.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole product on loopback, as README's run command starts it: the plugin's preview server and
 * the bot as two real processes wired to each other, the bot in HTTP mode against {@link SlackStandIn}.
 * Each instance has its own ports and databases under {@code target/e2e/<name>}.
 */
final class RunningSystem implements AutoCloseable {

    static final String SIGNING_SECRET = "e2e0123456789abcdef0123456789abcd";
    static final String BOT_TOKEN = "compact-bot-e2e-token";
    static final String COORDINATOR = "coordinator@alliance.example";
    static final String COORDINATOR_TOKEN = "coordinator-e2e-token";
    static final String SUPPORT_CHANNEL = "CGROUP01";
    static final ObjectMapper JSON = new ObjectMapper();

    final SlackStandIn slack = new SlackStandIn();
    final ChildProcess preview;
    final ChildProcess bot;
    final URI previewBase;
    final URI botBase;
    private final SlackSigner signer = new SlackSigner(SIGNING_SECRET);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code profile}: a bundled alliance profile; {@code tokens}: extra preview Bearer tokens, token to email. */
    RunningSystem(String name, String profile, Map<String, String> tokens) throws Exception {
        Path dir = Path.of("target", "e2e", name + "-" + System.nanoTime()).toAbsolutePath();
        int previewPort = ChildProcess.freePort();
        int botPort = ChildProcess.freePort();
        previewBase = URI.create("http://127.0.0.1:" + previewPort + "/");
        botBase = URI.create("http://127.0.0.1:" + botPort + "/");
        Map<String, String> allTokens = new LinkedHashMap<>(tokens);
        allTokens.put(COORDINATOR_TOKEN, COORDINATOR);
        ChildProcess startedPreview = null;
        try {
            startedPreview = ChildProcess.start(
                    "preview",
                    "org.alliancecompact.confluence.preview.PreviewServer",
                    Map.of(
                            "PREVIEW_PORT",
                            String.valueOf(previewPort),
                            "PREVIEW_DB",
                            "jdbc:h2:file:" + dir.resolve("preview/compact"),
                            "ALLIANCE_PROFILE",
                            profile,
                            "PREVIEW_INTEGRATION_TOKEN",
                            BOT_TOKEN,
                            "PREVIEW_TOKENS",
                            allTokens.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining(",")),
                            "PREVIEW_COORDINATORS",
                            COORDINATOR),
                    dir);
            startedPreview.awaitHealthy(previewBase + "healthz", Duration.ofSeconds(90));
            preview = startedPreview;
            bot = ChildProcess.start(
                    "bot",
                    "org.alliancecompact.slack.BotMain",
                    Map.ofEntries(
                            Map.entry("SLACK_BOT_TOKEN", "xoxb-e2e-token"),
                            Map.entry("SLACK_SIGNING_SECRET", SIGNING_SECRET),
                            Map.entry("SLACK_API_URL", slack.apiUrl()),
                            Map.entry("CONFLUENCE_URL", previewBase.toString()),
                            Map.entry("CONFLUENCE_TOKEN", BOT_TOKEN),
                            Map.entry("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("bot/alliance-bot")),
                            Map.entry("PORT", String.valueOf(botPort)),
                            Map.entry("BIND_ADDRESS", "127.0.0.1"),
                            Map.entry("ALLIANCE_PROFILE", profile),
                            Map.entry("SUPPORT_CHANNEL", SUPPORT_CHANNEL),
                            Map.entry("COORDINATOR_EMAILS", COORDINATOR),
                            Map.entry("MOU_PAGE_URL", previewBase + "pages/mou")),
                    dir);
            bot.awaitHealthy(botBase + "healthz", Duration.ofSeconds(90));
        } catch (Exception | Error e) {
            if (startedPreview != null) {
                startedPreview.kill();
            }
            slack.close();
            throw e;
        }
    }

    // ---- Slack side ---------------------------------------------------------------------------

    /** {@code /alliance <text>} typed by a Slack user; returns the response URL the bot answers at. */
    String command(String userId, String text) throws IOException, InterruptedException {
        String responseUrl = slack.newResponseUrl();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy");
        f.put("team_id", "T1");
        f.put("team_domain", "alliance");
        f.put("channel_id", "C1");
        f.put("channel_name", "general");
        f.put("user_id", userId);
        f.put("user_name", userId.toLowerCase());
        f.put("command", "/alliance");
        f.put("text", text);
        f.put("api_app_id", "A1");
        f.put("response_url", responseUrl);
        f.put("trigger_id", "trigger-" + userId);
        expectAck(postSigned(form(f)));
        return responseUrl;
    }

    /** A button press in a message; returns the response URL. */
    String press(String userId, String actionId, String value) throws IOException, InterruptedException {
        String responseUrl = slack.newResponseUrl();
        Map<String, Object> payload = Map.of(
                "type",
                "block_actions",
                "user",
                Map.of("id", userId, "username", userId.toLowerCase(), "team_id", "T1"),
                "api_app_id",
                "A1",
                "token",
                "legacy",
                "team",
                Map.of("id", "T1", "domain", "alliance"),
                "trigger_id",
                "trigger-" + actionId,
                "container",
                Map.of("type", "message", "message_ts", "1.1", "channel_id", SUPPORT_CHANNEL),
                "channel",
                Map.of("id", SUPPORT_CHANNEL, "name", "improvement-group"),
                "response_url",
                responseUrl,
                "actions",
                java.util.List.of(Map.of(
                        "type",
                        "button",
                        "action_id",
                        actionId,
                        "block_id",
                        "b1",
                        "value",
                        value,
                        "text",
                        Map.of("type", "plain_text", "text", "x"),
                        "action_ts",
                        "1.2")));
        expectAck(postSigned(form(Map.of("payload", JSON.writeValueAsString(payload)))));
        return responseUrl;
    }

    /** Submits a modal whose single select {@code blockId} has {@code optionValue} chosen. */
    HttpResponse<String> submitSelect(
            String userId, String callbackId, String privateMetadata, String blockId, String optionValue)
            throws IOException, InterruptedException {
        Map<String, Object> selected = Map.of(
                "type",
                "static_select",
                "selected_option",
                Map.of("text", Map.of("type", "plain_text", "text", optionValue), "value", optionValue));
        Map<String, Object> view = Map.of(
                "id",
                "V1",
                "type",
                "modal",
                "callback_id",
                callbackId,
                "private_metadata",
                privateMetadata,
                "blocks",
                java.util.List.of(),
                "state",
                Map.of("values", Map.of(blockId, Map.of("value", selected))));
        Map<String, Object> payload = Map.of(
                "type",
                "view_submission",
                "team",
                Map.of("id", "T1", "domain", "alliance"),
                "user",
                Map.of("id", userId, "username", userId.toLowerCase(), "team_id", "T1"),
                "api_app_id",
                "A1",
                "token",
                "legacy",
                "trigger_id",
                "trigger-submit",
                "view",
                view,
                "response_urls",
                java.util.List.of());
        HttpResponse<String> ack = postSigned(form(Map.of("payload", JSON.writeValueAsString(payload))));
        expectAck(ack);
        return ack;
    }

    private HttpResponse<String> postSigned(String body) throws IOException, InterruptedException {
        long timestamp = Instant.now().getEpochSecond();
        return http.send(
                HttpRequest.newBuilder(botBase.resolve("slack/events"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                        .header("X-Slack-Signature", signer.sign(timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void expectAck(HttpResponse<String> ack) {
        if (ack.statusCode() != 200) {
            throw new AssertionError("the bot answered " + ack.statusCode() + ": " + ack.body());
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    // ---- what people were told ----------------------------------------------------------------

    /** The bot's first answer at a response URL, waited for. */
    String firstResponse(String responseUrl) throws Exception {
        return Await.until("the bot's reply", () -> slack.responsesAt(responseUrl), l -> !l.isEmpty())
                .get(0);
    }

    private static final java.util.regex.Pattern REQUEST_NUMBER = java.util.regex.Pattern.compile("request #(\\d+)");

    /** Files {@code /alliance support <days> <focus>}; returns the request number the bot gave it. */
    int fileRequest(String user, String daysAndFocus) throws Exception {
        String reply = firstResponse(command(user, "support " + daysAndFocus));
        java.util.regex.Matcher m = REQUEST_NUMBER.matcher(reply);
        if (!m.find()) {
            throw new AssertionError("no request number in the bot's reply: " + reply);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The improvement group's channel post about request {@code number} (text and blocks). */
    String groupPost(int number) throws Exception {
        return Await.until(
                "the group's post of request #" + number,
                () -> slack.calls("chat.postMessage").stream()
                        .filter(p -> SUPPORT_CHANNEL.equals(p.get("channel")))
                        .map(p -> p.getOrDefault("text", "") + " " + p.getOrDefault("blocks", ""))
                        .filter(p -> p.contains("Support request #" + number + " "))
                        .findFirst()
                        .orElse(""),
                p -> !p.isEmpty());
    }

    // ---- Confluence side ----------------------------------------------------------------------

    /** A call to the plugin's REST API with a Bearer token; returns status and parsed JSON body. */
    Rest rest(String method, String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(previewBase.resolve("rest/compact/1.0/" + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .header("X-Atlassian-Token", "no-check")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
        return new Rest(response.statusCode(), json);
    }

    record Rest(int status, JsonNode json) {}

    @Override
    public void close() throws Exception {
        try {
            bot.close();
        } finally {
            try {
                preview.close();
            } finally {
                slack.close();
            }
        }
    }
}
