package org.alliancecompact.slack.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.alliancecompact.slack.http.FormFields;
import org.alliancecompact.slack.slackapi.SlackLimits;

/**
 * A local stand-in for Slack's Web API on loopback, for the console. It refuses what Slack refuses
 * through the same {@link SlackLimits} checks as the test kit's strict stand-in (Block Kit limits,
 * message text, IDs-only methods, replies with neither text nor blocks), answering Slack's error code
 * and printing the refusal, so what works in the console works in Slack. It prints what the bot posts
 * (messages, ephemeral answers, updates, the App Home) as text with numbered buttons, keeps the
 * modal the bot opens for the console to fill in, and answers users.info / users.lookupByEmail from
 * emails (each email gets a stable made-up Slack user ID).
 */
final class FakeSlack implements AutoCloseable {
    /**
     * A button on screen: pressing it sends its action id and value, from the message it is on
     * ({@code channel} and {@code ts} as Slack's payload names them; {@code message} the console's key).
     */
    record Button(String actionId, String value, String label, String message, String channel, String ts) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final PrintStream out;
    private final Map<String, String> emailById = new ConcurrentHashMap<>();
    private final List<Button> buttons = new ArrayList<>();
    /**
     * Versions of messages replaced (chat.update, a reply with replace_original, a newer App Home) or deleted
     * (chat.delete, delete_original): only their buttons are dead. As in Slack, pressing a button leaves its
     * message and its siblings as they are; only the bot's replacing or deleting the message changes them
     * (api.slack.com/interactivity/handling#updating_message_response).
     */
    private final java.util.Set<String> gone = ConcurrentHashMap.newKeySet();
    /** For each response_url handed out with a button press, the message the press came from. */
    private final Map<String, String> pressedFrom = new ConcurrentHashMap<>();

    private final Map<String, String> nameByEmail = new ConcurrentHashMap<>();
    /** Channel names by the made-up IDs answered for them, to print "#improvement-group" for an update. */
    private final Map<String, String> channelNames = new ConcurrentHashMap<>();

    private final TerminalText text;
    /** The version on screen of each message (its channel and ts): an update shows a new version. */
    private final Map<String, String> versionOf = new ConcurrentHashMap<>();

    private final AtomicReference<JsonNode> pendingModal = new AtomicReference<>();
    private final AtomicInteger ts = new AtomicInteger();
    private volatile String currentUser;
    private volatile long lastOutput = System.nanoTime();

    FakeSlack(PrintStream out) throws IOException {
        this(out, false);
    }

    /** @param ansi whether to show bold, italics and dead buttons with ANSI styles */
    FakeSlack(PrintStream out, boolean ansi) throws IOException {
        this.out = out;
        this.text = new TerminalText(this::nameOfId, ansi);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String responseUrl() {
        return baseUrl() + "/respond/" + ts.incrementAndGet();
    }

    /** A response_url for a press of {@code button}: a reply that replaces the original replaces its message. */
    String responseUrl(Button button) {
        String n = Integer.toString(ts.incrementAndGet());
        pressedFrom.put(n, button.message().substring(0, button.message().lastIndexOf("@v")));
        return baseUrl() + "/respond/" + n;
    }

    /** Names people: Slack's users.info answers these as real names, and the console prints them. */
    void knowPeople(Map<String, String> namesByEmail) {
        namesByEmail.forEach((e, n) -> nameByEmail.put(e.toLowerCase(Locale.ROOT), n));
    }

    /** The person's name, else their e-mail address, else the ID. */
    String nameOfId(String id) {
        String email = emailById.get(id);
        if (email == null) {
            return id;
        }
        return nameByEmail.getOrDefault(email, email);
    }

    /** Whether the message this button is on was replaced or deleted since (its button does nothing now). */
    boolean dead(Button button) {
        return gone.contains(button.message());
    }

    /** Every button shown so far, numbered; those on replaced or deleted messages greyed out. */
    synchronized String buttonList() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < buttons.size(); i++) {
            Button button = buttons.get(i);
            String line = "  [" + (i + 1) + "] " + button.label();
            b.append(
                            dead(button)
                                    ? text.dim(line + " "
                                            + org.alliancecompact.slack.text.BotText.get("console.button.spentMark"))
                                    : line)
                    .append('\n');
        }
        return b.toString();
    }

    /** The made-up Slack ID of the person with this email. */
    String idOf(String email) {
        String e = email.toLowerCase(Locale.ROOT);
        String id = "U"
                + HexFormat.of().formatHex(e.getBytes(StandardCharsets.UTF_8)).toUpperCase(Locale.ROOT);
        id = id.length() > 20
                ? id.substring(0, 12) + Integer.toHexString(e.hashCode()).toUpperCase(Locale.ROOT)
                : id;
        emailById.put(id, e);
        return id;
    }

    void setCurrentUser(String id) {
        currentUser = id;
    }

    synchronized List<Button> buttons() {
        return List.copyOf(buttons);
    }

    JsonNode takeModal() {
        return pendingModal.getAndSet(null);
    }

    /** Nanos since the bot last printed something (the console waits for quiet before prompting). */
    long quietFor() {
        return System.nanoTime() - lastOutput;
    }

    private void api(HttpExchange x) throws IOException {
        lastOutput = System.nanoTime(); // any call means the bot is still at work
        String method = x.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> form =
                FormFields.decode(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        Optional<SlackLimits.Refusal> refusal = SlackLimits.check(method, form);
        if (refusal.isPresent()) {
            // as Slack would: refused with its error code, and said on screen so it is not missed
            answer.put("ok", false).put("error", refusal.get().error());
            answer.putObject("response_metadata")
                    .putArray("messages")
                    .add(refusal.get().detail());
            out.println("\n[Slack refused " + method + ": " + refusal.get() + "]");
            out.flush();
            method = "refused";
        }
        switch (method) {
            case "auth.test" ->
                answer.put("user_id", "UBOT").put("team_id", "TLOCAL").put("bot_id", "BLOCAL");
            case "chat.postMessage" -> {
                String stamp = "1700000000." + String.format("%06d", ts.incrementAndGet());
                String channel = conversationId(form.get("channel"));
                show(
                        where(form.get("channel")) + (form.containsKey("thread_ts") ? " (thread)" : ""),
                        form,
                        channel + ":" + stamp,
                        channel,
                        stamp);
                answer.put("channel", channel).put("ts", stamp);
            }
            case "chat.update" -> {
                String channel = conversationId(form.get("channel"));
                replaced(channel + ":" + form.get("ts"));
                show(
                        where(form.get("channel")) + " (updated)",
                        form,
                        channel + ":" + form.get("ts"),
                        channel,
                        form.get("ts"));
            }
            case "chat.delete" -> {
                String channel = conversationId(form.get("channel"));
                gone(channel + ":" + form.get("ts"), "console.button.deleted");
            }
            case "chat.postEphemeral" -> show("[only you]", form, "ephemeral:" + ts.incrementAndGet(), "DLOCAL", null);
            case "views.open" -> {
                // like Slack, every opened modal gets an id of its own, which views.update names
                String id = "VLOCAL" + ts.incrementAndGet();
                ObjectNode view = (ObjectNode) JSON.readTree(form.get("view"));
                view.put("id", id);
                pendingModal.set(view);
                answer.putObject("view").put("id", id);
                lastOutput = System.nanoTime();
            }
            case "views.update" -> {
                String id = form.get("view_id");
                ObjectNode view = (ObjectNode) JSON.readTree(form.get("view"));
                view.put("id", id);
                JsonNode pending = pendingModal.get();
                if (pending != null
                        && id != null
                        && id.equals(pending.path("id").asText())) {
                    pendingModal.set(view); // the form replaces the "one moment" modal before it is shown
                } else {
                    Map<String, String> f = new LinkedHashMap<>();
                    f.put("blocks", view.path("blocks").toString());
                    show("[form]", f, "view:" + id, "DLOCAL", null);
                }
                answer.putObject("view").put("id", id);
            }
            case "views.publish" -> {
                JsonNode view = JSON.readTree(form.get("view"));
                Map<String, String> f = new LinkedHashMap<>();
                f.put("blocks", view.path("blocks").toString());
                replaced("home");
                show("[App Home]", f, "home", "DLOCAL", null);
            }
            case "users.info" -> {
                String id = form.get("user");
                String email = emailById.get(id);
                if (email == null) {
                    answer.put("ok", false).put("error", "user_not_found");
                } else {
                    answer.set("user", user(id, email));
                }
            }
            case "users.lookupByEmail" -> {
                String email = form.get("email");
                answer.set("user", user(idOf(email), email));
            }
            case "refused" -> {
                // answered above
            }
            default -> answer.put("ok", true);
        }
        byte[] body = JSON.writeValueAsBytes(answer);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(200, body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
        lastOutput = System.nanoTime();
    }

    private ObjectNode user(String id, String email) {
        String name = nameByEmail.getOrDefault(email.toLowerCase(Locale.ROOT), email);
        ObjectNode u = JSON.createObjectNode().put("id", id).put("name", email).put("real_name", name);
        u.putObject("profile").put("email", email).put("real_name", name).put("display_name", name);
        return u;
    }

    /**
     * The conversation ID Slack answers for a post: a DM's D-ID for a user ID, a made-up C-ID for a
     * channel name, the ID itself otherwise (chat.update takes only these, SlackLimits).
     */
    private String conversationId(String channel) {
        if (channel == null || SlackLimits.isConversationId(channel)) {
            return channel;
        }
        if (channel.startsWith("U") || channel.startsWith("W")) {
            return "D" + channel.substring(1);
        }
        String name = channel.startsWith("#") ? channel.substring(1) : channel;
        String id = "C"
                + HexFormat.of()
                        .formatHex(name.getBytes(StandardCharsets.UTF_8))
                        .toUpperCase(Locale.ROOT);
        channelNames.put(id, "#" + name);
        return id;
    }

    private void respond(HttpExchange x) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(x.getRequestBody().readAllBytes());
        } catch (IOException e) {
            body = null;
        }
        // the same checks as the test kit's strict stand-in: a reply Slack would refuse is refused here
        Optional<SlackLimits.Refusal> refusal = body == null || !body.isObject()
                ? Optional.of(new SlackLimits.Refusal("invalid_payload", "not a JSON object"))
                : SlackLimits.checkResponse(body);
        if (refusal.isPresent()) {
            out.println("\n[Slack refused a reply: " + refusal.get() + "]");
            out.flush();
            byte[] error = refusal.get().error().getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(400, error.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(error);
            }
            return;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("text", body.path("text").asText());
        if (body.has("blocks")) {
            f.put("blocks", body.path("blocks").toString());
        }
        String path = x.getRequestURI().getPath();
        String from = pressedFrom.get(path.substring(path.lastIndexOf('/') + 1));
        boolean replaces = body.path("replace_original").asBoolean(false)
                || body.path("delete_original").asBoolean(false);
        if (from != null && body.path("delete_original").asBoolean(false)) {
            gone(from, "console.button.deleted");
        } else if (from != null && replaces) {
            replaced(from);
        }
        if (!body.path("delete_original").asBoolean(false)) {
            show(
                    replaces ? "[only you] (updated)" : "[only you]",
                    f,
                    replaces && from != null ? from : "ephemeral:" + ts.incrementAndGet(),
                    "DLOCAL",
                    null);
        }
        x.sendResponseHeaders(200, 2);
        try (OutputStream o = x.getResponseBody()) {
            o.write("ok".getBytes(StandardCharsets.UTF_8));
        }
    }

    private String where(String channel) {
        if (channel == null) {
            return "[?]";
        }
        String user = channel.startsWith("D") ? "U" + channel.substring(1) : channel;
        if (user.equals(currentUser)) {
            return "[DM to you]";
        }
        String email = emailById.get(user);
        return email != null
                ? "[DM to " + nameByEmail.getOrDefault(email, email) + "]"
                : "[" + channelNames.getOrDefault(channel, channel) + "]";
    }

    /** Prints a message: its sections as text, its buttons numbered for {@code press N}. */
    private synchronized void show(String where, Map<String, String> form, String id, String channel, String stamp)
            throws IOException {
        String message = id + "@v" + ts.incrementAndGet();
        versionOf.put(id, message);
        StringBuilder s = new StringBuilder("\n").append(where).append('\n');
        String blocks = form.get("blocks");
        boolean printed = false;
        if (blocks != null && !blocks.isBlank()) {
            for (JsonNode block : JSON.readTree(blocks)) {
                if (block.path("text").has("text")) {
                    s.append("  ")
                            .append(plain(block.path("text").path("text").asText())
                                    .replace("\n", "\n  "))
                            .append('\n');
                    printed = true;
                }
                for (JsonNode e : block.path("elements")) {
                    if ("button".equals(e.path("type").asText())) {
                        buttons.add(new Button(
                                e.path("action_id").asText(),
                                e.path("value").asText(),
                                e.path("text").path("text").asText(),
                                message,
                                channel,
                                stamp));
                        s.append("  [")
                                .append(buttons.size())
                                .append("] ")
                                .append(e.path("text").path("text").asText())
                                .append('\n');
                    }
                }
            }
        }
        if (!printed && form.get("text") != null) {
            s.append("  ").append(plain(form.get("text")).replace("\n", "\n  ")).append('\n');
        }
        out.print(s);
        out.flush();
        lastOutput = System.nanoTime();
    }

    /** A message was replaced: its buttons are dead; says so when it had any. */
    private void replaced(String id) {
        gone(id, "console.button.replaced");
    }

    /** A message was replaced or deleted ({@code said} the bundle key saying so): its buttons are dead. */
    private void gone(String id, String said) {
        String message = id == null ? null : versionOf.get(id);
        if (message != null) {
            gone.add(message);
            List<String> spent = new ArrayList<>();
            synchronized (this) {
                for (int i = 0; i < buttons.size(); i++) {
                    if (buttons.get(i).message().equals(message)) {
                        spent.add(Integer.toString(i + 1));
                    }
                }
            }
            if (!spent.isEmpty() && !message.startsWith("home@")) {
                out.println(text.dim("  "
                        + org.alliancecompact.slack.text.BotText.get(said, spent.size(), String.join(", ", spent))));
            }
        }
    }

    /** Slack mrkdwn as this terminal shows it ({@link TerminalText}). */
    String plain(String mrkdwn) {
        return text.render(mrkdwn);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
