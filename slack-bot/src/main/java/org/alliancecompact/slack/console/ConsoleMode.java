package org.alliancecompact.slack.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.PersonDto;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.time.OperatorClock;
import org.alliancecompact.slack.Bot;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.confluence.PluginHttp;
import org.alliancecompact.slack.http.SlackSignature;
import org.alliancecompact.slack.slackapi.SlackText;

/**
 * The bot without Slack: the person types {@code /alliance ...} and presses buttons by number. Each
 * action becomes the payload Slack would send, signed with a one-off secret and posted to the bot's
 * own {@code /slack/events} on loopback, so the same Bolt listeners answer; what the bot sends back
 * through the Web API lands in {@link FakeSlack} and is printed.
 */
public final class ConsoleMode implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeSlack slack;
    private final Bot bot;
    private final SlackSignature signer;
    private final BufferedReader in;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();
    private final BotConfig original;
    private String email;
    private String userId;

    private final OperatorClock operatorClock;

    private ConsoleMode(
            BotConfig config, AllianceProfile profile, OperatorClock operatorClock, InputStream in, PrintStream out)
            throws IOException {
        this.operatorClock = operatorClock;
        this.original = config;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.slack = new FakeSlack(out);
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String signingSecret = HexFormat.of().formatHex(secret);
        BotConfig local = new BotConfig(
                BotConfig.Mode.HTTP,
                "xoxb-console-local",
                signingSecret,
                null,
                URI.create(slack.baseUrl() + "/api/"),
                config.confluenceUrl(),
                config.confluenceToken(),
                config.databaseUrl(),
                config.databaseUser(),
                config.databasePassword(),
                0,
                "127.0.0.1",
                config.allianceProfile(),
                config.supportChannel(),
                config.coordinatorEmails(),
                config.partnershipLeaderEmails(),
                config.directorEmails(),
                config.mouPageUrl());
        this.signer = new SlackSignature(signingSecret, Clock.systemUTC());
        this.bot = Bot.start(
                local,
                profile,
                new Bot.Options(null, "console", Duration.ofSeconds(2), Clock.systemUTC())
                        .withOperator(operatorClock, null));
    }

    /** Runs until "quit" or the end of input. */
    public static void run(BotConfig config, AllianceProfile profile, InputStream in, PrintStream out) {
        run(config, profile, OperatorClock.real(Clock.systemUTC(), profile.timeZone()), in, out);
    }

    /** As above, on the operator clock (shown in the banner when set). */
    public static void run(
            BotConfig config, AllianceProfile profile, OperatorClock operatorClock, InputStream in, PrintStream out) {
        try (ConsoleMode console = new ConsoleMode(config, profile, operatorClock, in, out)) {
            console.loop(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loop(AllianceProfile profile) throws IOException {
        out.println(profile.name() + " — local console (no Slack credentials set, so nothing leaves this machine).");
        out.println("Type /alliance help, press a button with its number, 'home', 'as <email>', 'who', or 'quit'.");
        if (operatorClock.active()) {
            out.println("*** " + operatorClock.notice() + " ***");
        }
        String fromEnv = System.getenv("CONSOLE_USER");
        if (fromEnv != null && !fromEnv.isBlank()) {
            become(fromEnv.strip());
        } else if (!chooseIdentity()) {
            return;
        }
        while (true) {
            out.print("\n" + email + "> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("quit") || line.strip().equals("exit")) {
                return;
            }
            handle(line.strip());
            settle();
            JsonNode modal;
            while ((modal = slack.takeModal()) != null) {
                fill(modal);
                settle();
            }
        }
    }

    private void handle(String line) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("/alliance")) {
            // as Slack sends typed text: & < > as entities (the bot decodes them)
            String text = SlackText.escape(line.substring("/alliance".length()).strip());
            String body = form(Map.ofEntries(
                    Map.entry("token", "local"),
                    Map.entry("team_id", "TLOCAL"),
                    Map.entry("team_domain", "local"),
                    Map.entry("channel_id", "CCONSOLE"),
                    Map.entry("channel_name", "console"),
                    Map.entry("user_id", userId),
                    Map.entry("user_name", email),
                    Map.entry("command", "/alliance"),
                    Map.entry("text", text),
                    Map.entry("api_app_id", "ALOCAL"),
                    Map.entry("response_url", slack.responseUrl()),
                    Map.entry("trigger_id", "trigger-" + System.nanoTime())));
            printAck(post(body, "application/x-www-form-urlencoded"));
        } else if (line.matches("(press\\s+)?\\d+")) {
            press(Integer.parseInt(line.replaceAll("\\D", "")));
        } else if (line.equals("home")) {
            String event =
                    "{\"token\":\"local\",\"team_id\":\"TLOCAL\",\"api_app_id\":\"ALOCAL\",\"type\":\"event_callback\","
                            + "\"event_id\":\"Ev" + System.nanoTime() + "\",\"event_time\":"
                            + (System.currentTimeMillis() / 1000)
                            + ",\"event\":{\"type\":\"app_home_opened\",\"user\":\"" + userId
                            + "\",\"channel\":\"DLOCAL\","
                            + "\"tab\":\"home\",\"event_ts\":\"1.0\"}}";
            post(event, "application/json");
        } else if (line.startsWith("as ")) {
            become(line.substring(3).strip());
        } else if (line.equals("who")) {
            chooseIdentity();
        } else {
            out.println("Commands start with /alliance (try /alliance help); a number presses that button.");
        }
    }

    private boolean chooseIdentity() throws IOException {
        List<String> emails = new ArrayList<>();
        try {
            PluginHttp plugin = new PluginHttp(original.confluenceUrl(), original.confluenceToken(), Bot.json());
            List<MemberDto> members = plugin.get(
                    "/members", null, Bot.json().getTypeFactory().constructCollectionType(List.class, MemberDto.class));
            out.println("Who are you?");
            for (MemberDto m : members) {
                for (PersonDto p : m.people()) {
                    emails.add(p.email());
                    out.println("  " + emails.size() + ". " + p.name() + " <" + p.email() + "> — "
                            + p.role().name().toLowerCase() + ", " + m.name());
                }
            }
        } catch (RuntimeException e) {
            out.println("Confluence is not reachable at " + original.confluenceUrl() + " (" + e.getMessage() + ").");
        }
        for (String c : original.coordinatorEmails()) {
            emails.add(c);
            out.println("  " + emails.size() + ". <" + c + "> — coordinator");
        }
        out.print("Number or email: ");
        out.flush();
        String answer = in.readLine();
        if (answer == null) {
            return false;
        }
        answer = answer.strip();
        if (answer.matches("\\d+") && Integer.parseInt(answer) >= 1 && Integer.parseInt(answer) <= emails.size()) {
            become(emails.get(Integer.parseInt(answer) - 1));
        } else if (answer.contains("@")) {
            become(answer);
        } else {
            out.println("Not one of the numbers; using 'as <email>' later works too.");
            return chooseIdentity();
        }
        return true;
    }

    private void become(String newEmail) {
        email = newEmail.toLowerCase();
        userId = slack.idOf(email);
        slack.setCurrentUser(userId);
        out.println("You are now " + email + ".");
    }

    private void press(int number) {
        List<FakeSlack.Button> buttons = slack.buttons();
        if (number < 1 || number > buttons.size()) {
            out.println("There is no button " + number + ".");
            return;
        }
        FakeSlack.Button b = buttons.get(number - 1);
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions")
                .put("api_app_id", "ALOCAL")
                .put("token", "local")
                .put("trigger_id", "trigger-" + System.nanoTime())
                .put("response_url", slack.responseUrl());
        payload.putObject("user").put("id", userId).put("username", email).put("team_id", "TLOCAL");
        payload.putObject("team").put("id", "TLOCAL").put("domain", "local");
        payload.putObject("channel").put("id", "DLOCAL").put("name", "directmessage");
        payload.putObject("container")
                .put("type", "message")
                .put("message_ts", "1.1")
                .put("channel_id", "DLOCAL");
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "button")
                .put("action_id", b.actionId())
                .put("block_id", "b")
                .put("value", b.value())
                .put("action_ts", "1.2");
        action.putObject("text").put("type", "plain_text").put("text", b.label());
        post(form(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded");
    }

    /** Asks for each input of a modal, submits it, and asks again for the fields the bot refused. */
    private void fill(JsonNode view) throws IOException {
        out.println("\n== " + view.path("title").path("text").asText() + " == (type 'cancel' to close)");
        ObjectNode values = JSON.createObjectNode();
        List<JsonNode> inputs = new ArrayList<>();
        for (JsonNode block : view.path("blocks")) {
            if ("input".equals(block.path("type").asText())) {
                inputs.add(block);
            } else if (block.path("text").has("text")) {
                out.println(slack.plain(block.path("text").path("text").asText()));
            }
        }
        if (inputs.isEmpty() || !view.has("submit")) {
            return; // a notice in place of a form (no permission, Confluence unreachable): read, not filled
        }
        List<JsonNode> ask = inputs;
        while (true) {
            for (JsonNode block : ask) {
                JsonNode value = askFor(block);
                if (value == null) {
                    out.println("Closed without sending.");
                    return;
                }
                values.putObject(block.path("block_id").asText()).set("value", value);
            }
            ObjectNode payload = JSON.createObjectNode();
            payload.put("type", "view_submission")
                    .put("api_app_id", "ALOCAL")
                    .put("token", "local")
                    .put("trigger_id", "trigger-" + System.nanoTime());
            payload.putObject("user").put("id", userId).put("username", email).put("team_id", "TLOCAL");
            payload.putObject("team").put("id", "TLOCAL").put("domain", "local");
            ObjectNode v = payload.putObject("view");
            v.put("id", view.path("id").asText("VLOCAL"))
                    .put("type", "modal")
                    .put("callback_id", view.path("callback_id").asText())
                    .put("private_metadata", view.path("private_metadata").asText(""));
            v.set("blocks", view.path("blocks"));
            v.putObject("state").set("values", values);
            payload.putArray("response_urls");
            HttpResponse<String> answer =
                    post(form(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded");
            JsonNode errors = answer.body() == null || answer.body().isBlank()
                    ? JSON.createObjectNode()
                    : JSON.readTree(answer.body()).path("errors");
            if (errors.isMissingNode() || errors.isEmpty()) {
                out.println("Sent.");
                return;
            }
            List<JsonNode> again = new ArrayList<>();
            for (JsonNode block : inputs) {
                String id = block.path("block_id").asText();
                if (errors.has(id)) {
                    out.println("! " + block.path("label").path("text").asText() + ": "
                            + errors.get(id).asText());
                    again.add(block);
                }
            }
            ask = again.isEmpty() ? inputs : again;
        }
    }

    /** One input, as the JSON Slack would put in the view's state; null when the person cancels. */
    private JsonNode askFor(JsonNode block) throws IOException {
        JsonNode element = block.path("element");
        String type = element.path("type").asText();
        String label = block.path("label").path("text").asText()
                + (block.path("optional").asBoolean() ? " (optional)" : "");
        ObjectNode value = JSON.createObjectNode().put("type", type);
        if (type.equals("static_select") || type.equals("checkboxes")) {
            JsonNode options = element.path("options");
            out.println(label + ":");
            for (int i = 0; i < options.size(); i++) {
                out.println("  " + (i + 1) + ". "
                        + options.get(i).path("text").path("text").asText());
            }
            String answer = prompt("number"
                    + (element.has("initial_option")
                            ? " (Enter: "
                                    + element.path("initial_option")
                                            .path("text")
                                            .path("text")
                                            .asText() + ")"
                            : ""));
            if (answer == null) {
                return null;
            }
            JsonNode chosen = null;
            if (answer.isEmpty() && element.has("initial_option")) {
                chosen = element.get("initial_option");
            } else if (answer.matches("\\d+")
                    && Integer.parseInt(answer) >= 1
                    && Integer.parseInt(answer) <= options.size()) {
                chosen = options.get(Integer.parseInt(answer) - 1);
            }
            if (type.equals("checkboxes")) {
                var list = value.putArray("selected_options");
                if (chosen != null) {
                    list.add(chosen);
                }
            } else if (chosen != null) {
                value.set("selected_option", chosen);
            } else {
                value.putNull("selected_option");
            }
            return value;
        }
        String hint = switch (type) {
            case "datepicker" -> " (YYYY-MM-DD)";
            case "timepicker" -> " (HH:MM)";
            default -> "";
        };
        String answer = prompt(label + hint);
        if (answer == null) {
            return null;
        }
        switch (type) {
            case "datepicker" -> value.put("selected_date", answer.isEmpty() ? null : answer);
            case "timepicker" -> value.put("selected_time", answer.isEmpty() ? null : answer);
            default -> value.put("value", answer.isEmpty() ? null : answer);
        }
        return value;
    }

    private String prompt(String label) throws IOException {
        out.print(label + ": ");
        out.flush();
        String line = in.readLine();
        if (line == null || line.strip().equals("cancel")) {
            return null;
        }
        return line.strip();
    }

    private void printAck(HttpResponse<String> ack) {
        if (ack.body() == null || ack.body().isBlank()) {
            return;
        }
        try {
            JsonNode body = JSON.readTree(ack.body());
            if (body.has("text")) {
                out.println("\n[only you]\n  "
                        + slack.plain(body.get("text").asText()).replace("\n", "\n  "));
            }
        } catch (IOException e) {
            out.println(ack.body());
        }
    }

    /**
     * Waits until the bot's work after acknowledging is done and shown: its worker pool idle and no
     * Web API call for 0.3 s (at most 20 s, for a slow Confluence).
     */
    private void settle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long quiet = Duration.ofMillis(300).toNanos();
        try {
            Thread.sleep(100);
            while (System.nanoTime() < deadline && !(bot.idle() && slack.quietFor() >= quiet)) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> post(String body, String contentType) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signer.sign(timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return b.toString();
    }

    @Override
    public void close() {
        settle();
        bot.close();
        slack.close();
    }
}
