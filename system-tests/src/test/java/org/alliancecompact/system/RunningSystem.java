package org.alliancecompact.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliancecompact.slack.http.SlackSignature;
import org.alliancecompact.slack.testkit.SlackPayloads;
import org.alliancecompact.slack.testkit.SlackRequests;
import org.alliancecompact.slack.testkit.StrictSlack;

/**
 * The whole product on loopback, as README's run command starts it: the plugin's preview server and
 * the bot as two real processes wired to each other, the bot in HTTP mode against the strict Slack stand-in ({@link StrictSlack}).
 * Each instance has its own ports and databases under {@code target/e2e/<name>}.
 */
final class RunningSystem implements AutoCloseable {

    static final String SIGNING_SECRET = "e2e0123456789abcdef0123456789abcd";
    static final String BOT_TOKEN = "compact-bot-e2e-token";
    static final String COORDINATOR = "coordinator@alliance.example";
    /** Slack users of the demo members' people and of the coordinator, known to the Slack stand-in. */
    static final String SMITHILLS_HEAD = "USMITHHEAD";

    static final String ST_PETERS_HEAD = "USTPHEAD";
    static final String HARWOOD_HEAD = "UHARHEAD";
    static final String HARWOOD_CHAIR = "UHARCHAIR";
    static final String COORDINATOR_USER = "UCOORD";
    static final String COORDINATOR_TOKEN = "coordinator-e2e-token";
    static final String SUPPORT_CHANNEL = "CGROUP01";
    static final ObjectMapper JSON = new ObjectMapper();

    final StrictSlack slack = StrictSlack.start();
    final URI previewBase;
    final URI botBase;
    /** The running processes; a fault test stops and restarts them, so they are replaced. */
    ChildProcess preview;

    ChildProcess bot;

    final Path dir;
    private final Map<String, String> previewEnv;
    private final Map<String, String> botEnv;
    private final java.util.List<ChildProcess> moreBots = new java.util.ArrayList<>();
    private final SlackSignature signature = new SlackSignature(SIGNING_SECRET, Clock.systemUTC());
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code profile}: a bundled alliance profile; {@code tokens}: extra preview Bearer tokens, token to email. */
    RunningSystem(String name, String profile, Map<String, String> tokens) throws Exception {
        this(name, profile, tokens, Map.of());
    }

    /** {@code botSettings}: environment variables that replace the bot's defaults (such as its database). */
    RunningSystem(String name, String profile, Map<String, String> tokens, Map<String, String> botSettings)
            throws Exception {
        slack.user(SMITHILLS_HEAD, "head@smithills.example");
        slack.user(ST_PETERS_HEAD, "head@stpeters.example");
        slack.user(HARWOOD_HEAD, "head@harwood.example");
        slack.user(HARWOOD_CHAIR, "chair@harwood.example");
        slack.user(COORDINATOR_USER, COORDINATOR);
        slack.channel(SUPPORT_CHANNEL, "improvement-group");
        dir = Path.of("target", "e2e", name + "-" + System.nanoTime()).toAbsolutePath();
        int previewPort = ChildProcess.freePort();
        int botPort = ChildProcess.freePort();
        previewBase = URI.create("http://127.0.0.1:" + previewPort + "/");
        botBase = URI.create("http://127.0.0.1:" + botPort + "/");
        Map<String, String> allTokens = new LinkedHashMap<>(tokens);
        allTokens.put(COORDINATOR_TOKEN, COORDINATOR);
        previewEnv = Map.of(
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
                COORDINATOR,
                "PREVIEW_DEMO", // these tests know Bolton's demo schools, whatever the profile
                "bolton");
        Map<String, String> bots = new LinkedHashMap<>(Map.ofEntries(
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
                Map.entry("MOU_PAGE_URL", previewBase + "pages/mou")));
        bots.putAll(botSettings);
        botEnv = Map.copyOf(bots);
        try {
            startPreview();
            startBot();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /** Starts the preview server (again) on its port and H2 file; returns once it answers /healthz. */
    void startPreview() throws IOException, InterruptedException {
        preview =
                ChildProcess.start("preview", "org.alliancecompact.confluence.preview.PreviewServer", previewEnv, dir);
        preview.awaitHealthy(previewBase + "healthz", Duration.ofSeconds(90));
    }

    /** Starts the bot (again) on its port and database; returns once it answers /healthz. */
    void startBot() throws IOException, InterruptedException {
        bot = ChildProcess.start("bot", "org.alliancecompact.slack.BotMain", botEnv, dir);
        bot.awaitHealthy(botBase + "healthz", Duration.ofSeconds(90));
    }

    /** Another bot process with the same settings (database included) on its own port; returns its URL. */
    URI startAnotherBot(String name) throws IOException, InterruptedException {
        int port = ChildProcess.freePort();
        Map<String, String> env = new LinkedHashMap<>(botEnv);
        env.put("PORT", String.valueOf(port));
        ChildProcess another = ChildProcess.start(name, "org.alliancecompact.slack.BotMain", env, dir);
        moreBots.add(another);
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        another.awaitHealthy(base + "healthz", Duration.ofSeconds(90));
        return base;
    }

    // ---- Slack side ---------------------------------------------------------------------------

    /** {@code /alliance <text>} typed by a Slack user; returns the response URL the bot answers at. */
    String command(String userId, String text) throws IOException, InterruptedException {
        return command(botBase, userId, text);
    }

    /** The same command sent to one bot process of several. */
    String command(URI bot, String userId, String text) throws IOException, InterruptedException {
        String responseUrl = slack.responseUrl();
        expectAck(postSigned(bot, SlackPayloads.command(userId, text, responseUrl, slack.triggerId())));
        return responseUrl;
    }

    /** A button press in a message; returns the response URL. */
    String press(String userId, String actionId, String value) throws IOException, InterruptedException {
        String responseUrl = slack.responseUrl();
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
                slack.triggerId(),
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
        expectAck(postSigned(SlackRequests.form(Map.of("payload", JSON.writeValueAsString(payload)))));
        return responseUrl;
    }

    private final java.util.concurrent.atomic.AtomicInteger submissions =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Submits a modal whose single select {@code blockId} has {@code optionValue} chosen. */
    HttpResponse<String> submitSelect(
            String userId, String callbackId, String privateMetadata, String blockId, String optionValue)
            throws IOException, InterruptedException {
        return submitModal(userId, callbackId, privateMetadata, Map.of(blockId, selected(optionValue)));
    }

    /** A static select's state with {@code value} chosen. */
    static Map<String, Object> selected(String value) {
        return Map.of(
                "type",
                "static_select",
                "selected_option",
                Map.of("text", Map.of("type", "plain_text", "text", value), "value", value));
    }

    /**
     * Submits a modal: {@code state} maps each block id to its element's state as Slack sends it
     * (see {@link #selected}, or {@code Map.of("type", "datepicker", "selected_date", "2026-11-30")}).
     */
    HttpResponse<String> submitModal(
            String userId, String callbackId, String privateMetadata, Map<String, Map<String, Object>> state)
            throws IOException, InterruptedException {
        Map<String, Object> values = new LinkedHashMap<>();
        state.forEach((block, element) -> values.put(block, Map.of("value", element)));
        // every modal Slack opens has its own view id, and every interaction its own trigger_id
        int n = submissions.incrementAndGet();
        Map<String, Object> view = Map.of(
                "id",
                "V" + n,
                "type",
                "modal",
                "callback_id",
                callbackId,
                "private_metadata",
                privateMetadata,
                "blocks",
                java.util.List.of(),
                "state",
                Map.of("values", values));
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
                slack.triggerId(),
                "view",
                view,
                "response_urls",
                java.util.List.of());
        HttpResponse<String> ack = postSigned(SlackRequests.form(Map.of("payload", JSON.writeValueAsString(payload))));
        expectAck(ack);
        return ack;
    }

    /** An Events API delivery (JSON), signed now, with any extra headers such as X-Slack-Retry-Num. */
    HttpResponse<String> event(String json, Map<String, String> extraHeaders) throws IOException, InterruptedException {
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("X-Slack-Request-Timestamp", String.valueOf(timestamp));
        headers.put("X-Slack-Signature", sign(timestamp, json));
        return post(botBase, "application/json", json, headers);
    }

    /** Slack's v0 signature of {@code body} at {@code timestamp}, with this system's signing secret. */
    String sign(long timestamp, String body) {
        return signature.sign(Long.toString(timestamp), body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postSigned(String body) throws IOException, InterruptedException {
        return postSigned(botBase, body);
    }

    private HttpResponse<String> postSigned(URI bot, String body) throws IOException, InterruptedException {
        long timestamp = Instant.now().getEpochSecond();
        return post(
                bot,
                "application/x-www-form-urlencoded",
                body,
                Map.of(
                        "X-Slack-Request-Timestamp", String.valueOf(timestamp),
                        "X-Slack-Signature", sign(timestamp, body)));
    }

    /** A raw POST to the bot's Slack endpoint with exactly these headers (signed or not). */
    HttpResponse<String> post(URI bot, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(bot.resolve("slack/events"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expectAck(HttpResponse<String> ack) {
        if (ack.statusCode() != 200) {
            throw new AssertionError("the bot answered " + ack.statusCode() + ": " + ack.body());
        }
    }

    // ---- what people were told ----------------------------------------------------------------

    /** The bot's first answer at a response URL, waited for. */
    String firstResponse(String responseUrl) throws Exception {
        return Await.until(
                        "the bot's reply",
                        () -> slack.responses(responseUrl).stream()
                                .map(Object::toString)
                                .toList(),
                        l -> !l.isEmpty())
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

    /** Everything the bot posted to one user (their DM), text and blocks, oldest first. */
    java.util.List<String> messagesTo(String user) {
        return slack.calls("chat.postMessage").stream()
                .filter(p -> user.equals(p.get("channel")))
                .map(p -> p.getOrDefault("text", "") + " " + p.getOrDefault("blocks", ""))
                .toList();
    }

    /**
     * A coordinator adds an alliance meeting through the bot's modal (callback {@code meeting_add}),
     * starting at {@code start} (whole minutes, the profile's time zone).
     */
    void addMeeting(String coordinator, String title, java.time.ZonedDateTime start)
            throws IOException, InterruptedException {
        HttpResponse<String> ack = submitModal(
                coordinator,
                "meeting_add",
                "",
                Map.of(
                        "kind", selected("ALLIANCE_MEETING"),
                        "title", Map.of("type", "plain_text_input", "value", title),
                        "date",
                                Map.of(
                                        "type",
                                        "datepicker",
                                        "selected_date",
                                        start.toLocalDate().toString()),
                        "time",
                                Map.of(
                                        "type",
                                        "timepicker",
                                        "selected_time",
                                        start.toLocalTime().toString()),
                        "place", Map.of("type", "plain_text_input", "value", "Town Hall")));
        if (ack.body().contains("errors")) {
            throw new AssertionError("the bot refused the meeting: " + ack.body());
        }
    }

    // ---- Confluence side ----------------------------------------------------------------------

    /** A call to the plugin's REST API with a Bearer token; returns status and parsed JSON body. */
    /** The member ids of the register rows the person with {@code token} sees. */
    List<String> registerRowsSeenBy(String token) throws IOException, InterruptedException {
        Rest register = rest("GET", "register", token, null);
        if (register.status() != 200) {
            throw new AssertionError("GET register answered " + register.status() + ": " + register.json());
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode row : register.json().get("rows")) {
            ids.add(row.get("memberId").asText());
        }
        return ids;
    }

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

    /** The log of a process started here by name ("preview", "bot" or another bot's name). */
    String logOf(String name) throws IOException {
        Path log = dir.resolve(name + ".log");
        return java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "(no log)";
    }

    /** Stops every process this system started, even when one of them fails to stop. */
    @Override
    public void close() throws Exception {
        java.util.List<ChildProcess> all = new java.util.ArrayList<>(moreBots);
        all.add(bot);
        all.add(preview);
        try {
            for (ChildProcess p : all) {
                if (p != null) {
                    try {
                        p.close();
                    } catch (RuntimeException | InterruptedException e) {
                        p.kill();
                    }
                }
            }
        } finally {
            slack.close();
        }
    }
}
