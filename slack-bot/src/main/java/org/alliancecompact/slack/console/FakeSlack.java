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
    /** A button on screen: pressing it sends its action id and value. */
    record Button(String actionId, String value, String label) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final PrintStream out;
    private final Map<String, String> emailById = new ConcurrentHashMap<>();
    private final List<Button> buttons = new ArrayList<>();
    private final AtomicReference<JsonNode> pendingModal = new AtomicReference<>();
    private final AtomicInteger ts = new AtomicInteger();
    private volatile String currentUser;
    private volatile long lastOutput = System.nanoTime();

    FakeSlack(PrintStream out) throws IOException {
        this.out = out;
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
                show(where(form.get("channel")) + (form.containsKey("thread_ts") ? " (thread)" : ""), form);
                answer.put("channel", conversationId(form.get("channel"))).put("ts", stamp);
            }
            case "chat.update" -> show(where(form.get("channel")) + " (updated)", form);
            case "chat.postEphemeral" -> show("[only you]", form);
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
                    show("[form]", f);
                }
                answer.putObject("view").put("id", id);
            }
            case "views.publish" -> {
                JsonNode view = JSON.readTree(form.get("view"));
                Map<String, String> f = new LinkedHashMap<>();
                f.put("blocks", view.path("blocks").toString());
                show("[App Home]", f);
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
        ObjectNode u = JSON.createObjectNode().put("id", id).put("name", email).put("real_name", email);
        u.putObject("profile").put("email", email).put("real_name", email);
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
        return "C"
                + HexFormat.of()
                        .formatHex(name.getBytes(StandardCharsets.UTF_8))
                        .toUpperCase(Locale.ROOT);
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
        show("[only you]", f);
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
        return email != null ? "[DM to " + email + "]" : "[" + channel + "]";
    }

    /** Prints a message: its sections as text, its buttons numbered for {@code press N}. */
    private synchronized void show(String where, Map<String, String> form) throws IOException {
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
                                e.path("text").path("text").asText()));
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

    /** Slack mrkdwn to plain text: links, mentions, emphasis and escapes. */
    String plain(String mrkdwn) {
        String t = mrkdwn.replaceAll("<(https?://[^|>]+)\\|([^>]+)>", "$2 ($1)");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("<@([A-Z0-9]+)(\\|[^>]*)?>").matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    b, java.util.regex.Matcher.quoteReplacement(emailById.getOrDefault(m.group(1), m.group(1))));
        }
        m.appendTail(b);
        return b.toString()
                .replaceAll("(^|\\s)\\*([^*\\n]+)\\*", "$1$2")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
