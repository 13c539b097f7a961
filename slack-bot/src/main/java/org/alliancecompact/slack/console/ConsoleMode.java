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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.PersonDto;
import org.alliancecompact.model.demo.DemoAlliance;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.model.time.OperatorClock;
import org.alliancecompact.slack.Bot;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.confluence.OutboxSender;
import org.alliancecompact.slack.confluence.PluginClient;
import org.alliancecompact.slack.confluence.PluginHttp;
import org.alliancecompact.slack.http.SlackSignature;
import org.alliancecompact.slack.slackapi.SlackText;
import org.alliancecompact.slack.store.Database;
import org.alliancecompact.slack.store.MeetingStore;
import org.alliancecompact.slack.store.Outbox;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;

/**
 * The bot without Slack: the person types {@code /alliance ...} and presses buttons by number. Each
 * action becomes the payload Slack would send, signed with a one-off secret and posted to the bot's
 * own {@code /slack/events} on loopback, so the same Bolt listeners answer; what the bot sends back
 * through the Web API lands in {@link FakeSlack} and is printed.
 */
public final class ConsoleMode implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

    private final FakeSlack slack;
    private final Bot bot;
    private final SlackSignature signer;
    private final BufferedReader in;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();
    private final BotConfig original;
    private final AllianceProfile profile;
    private String email;
    private String userId;
    /** The people the console offers, as last read (members' people and the alliance's staff). */
    private List<Listed> people = List.of();

    private Optional<ConsoleDemo.Seeded> demo = Optional.empty();

    /** One person the console offers: who they are and what they do. */
    record Listed(String email, String name, String does) {}

    private final OperatorClock operatorClock;

    private ConsoleMode(
            BotConfig config, AllianceProfile profile, OperatorClock operatorClock, InputStream in, PrintStream out)
            throws IOException {
        this.operatorClock = operatorClock;
        this.original = config;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.profile = profile;
        this.slack = new FakeSlack(out, out == System.out && TerminalText.terminalShowsStyles());
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
                config.mouPageUrl(),
                config.names());
        this.signer = new SlackSignature(signingSecret, Clock.systemUTC());
        List<MemberDto> members = readMembers();
        this.demo = seedDemo(local, profile, members, operatorClock.clock().instant());
        this.people = listPeople(members);
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
        out.println(BotText.get("console.banner", profile.name()));
        out.println(BotText.get("console.help"));
        if (operatorClock.active()) {
            out.println("*** " + operatorClock.notice() + " ***");
        }
        demo.ifPresent(d -> out.println(BotText.get(
                "console.demo",
                d.started().title(),
                TIME.format(d.started().startsAt().atZone(profile.timeZone())),
                d.nextWeek().title(),
                DAY.format(d.nextWeek().startsAt().atZone(profile.timeZone())),
                Words.count(d.requests(), BotText.get("console.demo.request"), BotText.get("console.demo.requests")))));
        String fromEnv = System.getenv("CONSOLE_USER");
        if (fromEnv == null || fromEnv.isBlank() || !become(fromEnv.strip())) {
            if (!chooseIdentity()) {
                return;
            }
        }
        while (true) {
            out.print("\n" + nameOf(email) + "> ");
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
            people = listPeople(readMembers());
            become(line.substring(3).strip());
        } else if (line.equals("who")) {
            people = listPeople(readMembers());
            chooseIdentity();
        } else if (line.equals("cancel")) {
            out.println(BotText.get("console.nothingToCancel")); // a form open reads its own "cancel"
        } else if (line.equals("buttons")) {
            String list = slack.buttonList();
            out.print(list.isEmpty() ? BotText.get("console.noButtons") + "\n" : list);
        } else {
            out.println(BotText.get("console.unknownCommand"));
        }
    }

    /** Lists the people and asks until the answer is one of them; false at the end of input. */
    private boolean chooseIdentity() throws IOException {
        if (people.isEmpty()) {
            out.println(BotText.get("console.nobody", original.confluenceUrl()));
            return false;
        }
        out.println(BotText.get("console.who"));
        for (int i = 0; i < people.size(); i++) {
            Listed p = people.get(i);
            out.println("  " + BotText.get("console.person", i + 1, p.name(), p.email(), p.does()));
        }
        while (true) {
            out.print(BotText.get("console.numberOrEmail") + " ");
            out.flush();
            String answer = in.readLine();
            if (answer == null || answer.strip().equals("quit")) {
                return false;
            }
            if (become(answer.strip())) {
                return true;
            }
        }
    }

    /** Becomes the listed person with this number or e-mail address; says why not and returns false otherwise. */
    private boolean become(String answer) {
        Optional<Listed> chosen = Optional.empty();
        if (answer.matches("\\d{1,6}")) {
            int n = Integer.parseInt(answer);
            if (n >= 1 && n <= people.size()) {
                chosen = Optional.of(people.get(n - 1));
            }
        } else {
            chosen = people.stream()
                    .filter(p -> p.email().equalsIgnoreCase(answer))
                    .findFirst();
        }
        if (chosen.isEmpty()) {
            out.println(BotText.get("console.notListed", answer, people.size()));
            return false;
        }
        email = chosen.get().email();
        userId = slack.idOf(email);
        slack.setCurrentUser(userId);
        out.println(BotText.get("console.youAre", chosen.get().name(), email));
        return true;
    }

    private String nameOf(String email) {
        return people.stream()
                .filter(p -> p.email().equals(email))
                .map(Listed::name)
                .findFirst()
                .orElse(email);
    }

    /** The member organisations from Confluence, as the bot's integration user reads them (empty if unreachable). */
    private List<MemberDto> readMembers() {
        try {
            PluginHttp plugin = new PluginHttp(original.confluenceUrl(), original.confluenceToken(), Bot.json());
            return plugin.get(
                    "/members", null, Bot.json().getTypeFactory().constructCollectionType(List.class, MemberDto.class));
        } catch (RuntimeException e) {
            out.println(BotText.get("console.unreachable", original.confluenceUrl(), e.getMessage()));
            return List.of();
        }
    }

    /**
     * The coordinators and partnership leaders first (named from the demo alliance when it knows them), then
     * each member's people, a person acting for several organisations once. The names go to the stand-in
     * Slack too, so the bot's messages name people.
     */
    private List<Listed> listPeople(List<MemberDto> members) {
        DemoAlliance names = DemoAlliance.of(
                profile.id(),
                operatorClock.clock().instant().atZone(profile.timeZone()).toLocalDate());
        Map<String, String> nameByEmail = new LinkedHashMap<>();
        Map<String, List<String>> does = new LinkedHashMap<>();
        for (String c : original.coordinatorEmails()) {
            nameByEmail.putIfAbsent(c, names.nameOf(c).orElse(c));
            does.computeIfAbsent(c, k -> new ArrayList<>()).add(BotText.get("console.role.coordinator"));
        }
        for (String l : original.partnershipLeaderEmails()) {
            nameByEmail.putIfAbsent(l, names.nameOf(l).orElse(l));
            does.computeIfAbsent(l, k -> new ArrayList<>())
                    .add(BotText.get("console.role.leader", profile.partnershipLeaderTitle()));
        }
        Map<String, Map<PersonRole, List<String>>> roles = new LinkedHashMap<>();
        for (MemberDto m : members) {
            for (PersonDto p : m.people()) {
                String e = p.email().toLowerCase(Locale.ROOT);
                nameByEmail.putIfAbsent(e, p.name() == null || p.name().isBlank() ? e : p.name());
                roles.computeIfAbsent(e, k -> new java.util.EnumMap<>(PersonRole.class))
                        .computeIfAbsent(p.role(), k -> new ArrayList<>())
                        .add(m.name());
            }
        }
        roles.forEach((e, byRole) -> byRole.forEach((role, orgs) -> does.computeIfAbsent(e, k -> new ArrayList<>())
                .add(BotText.get("console.role." + role.name(), Words.list(orgs)))));
        slack.knowPeople(nameByEmail);
        List<Listed> listed = new ArrayList<>();
        nameByEmail.forEach((e, n) -> listed.add(new Listed(e, n, String.join("; ", does.get(e)))));
        return List.copyOf(listed);
    }

    /** The demo's meetings and requests, on a fresh bot database next to the demo members (see ConsoleDemo). */
    private Optional<ConsoleDemo.Seeded> seedDemo(
            BotConfig config, AllianceProfile profile, List<MemberDto> members, Instant now) {
        if (members.isEmpty()) {
            return Optional.empty();
        }
        try (Database db =
                Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword(), null)) {
            // on the clock the bot's outbox runs on (its Bot.Options), so the pushes are due at once
            Outbox outbox = new Outbox(db.jdbi());
            PluginHttp pluginHttp = new PluginHttp(config.confluenceUrl(), config.confluenceToken(), Bot.json());
            Optional<ConsoleDemo.Seeded> seeded = ConsoleDemo.seedIfFresh(
                    profile,
                    members,
                    new MeetingStore(db.jdbi()),
                    new SupportStore(db.jdbi()),
                    new PluginClient(pluginHttp, outbox, Clock.systemUTC()),
                    slack::idOf,
                    now);
            // delivered now, as after a coordinator's move, so the plugin knows the providers before anyone looks;
            // what does not get through, the bot's scheduler retries
            if (seeded.isPresent()) {
                new OutboxSender(outbox, pluginHttp, Clock.systemUTC()).deliverDue();
            }
            return seeded;
        }
    }

    private void press(int number) throws IOException {
        List<FakeSlack.Button> buttons = slack.buttons();
        if (number < 1 || number > buttons.size()) {
            out.println(BotText.get("console.noButton", number));
            return;
        }
        FakeSlack.Button b = buttons.get(number - 1);
        if (slack.dead(b)) {
            out.println(BotText.get("console.button.dead", number, b.label()));
            return;
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions")
                .put("api_app_id", "ALOCAL")
                .put("token", "local")
                .put("trigger_id", "trigger-" + System.nanoTime())
                .put("response_url", slack.responseUrl(b));
        payload.putObject("user").put("id", userId).put("username", email).put("team_id", "TLOCAL");
        payload.putObject("team").put("id", "TLOCAL").put("domain", "local");
        // the message the button is on, as Slack names it (so an update of it lands on it)
        payload.putObject("channel").put("id", b.channel()).put("name", "directmessage");
        payload.putObject("container")
                .put("type", "message")
                .put("message_ts", b.ts() == null ? "1.1" : b.ts())
                .put("channel_id", b.channel());
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "button")
                .put("action_id", b.actionId())
                .put("block_id", "b")
                .put("value", b.value())
                .put("action_ts", "1.2");
        action.putObject("text").put("type", "plain_text").put("text", b.label());
        post(form(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded");
        settle();
        JsonNode modal = slack.takeModal();
        if (modal != null) {
            fill(modal);
        }
    }

    /**
     * Asks for each input of a modal, submits it, and asks again for the fields the bot refused.
     *
     * @return false when the person closed the form without sending
     */
    private boolean fill(JsonNode view) throws IOException {
        ObjectNode values = JSON.createObjectNode();
        List<JsonNode> inputs = new ArrayList<>();
        view.path("blocks").forEach(b -> {
            if ("input".equals(b.path("type").asText())) {
                inputs.add(b);
            }
        });
        // a modal with nothing to fill in or no submit button is a notice (no permission, Confluence
        // unreachable): Slack gives it only a Close button, so it is shown and closed at once
        boolean notice = inputs.isEmpty() || !view.has("submit");
        out.println("\n"
                + BotText.get(
                        notice ? "console.notice.title" : "console.form.title",
                        view.path("title").path("text").asText()));
        for (JsonNode block : view.path("blocks")) {
            if (!"input".equals(block.path("type").asText())
                    && block.path("text").has("text")) {
                out.println(slack.plain(block.path("text").path("text").asText()));
            }
        }
        if (notice) {
            return true;
        }
        List<JsonNode> ask = inputs;
        while (true) {
            for (JsonNode block : ask) {
                JsonNode value = askFor(block);
                if (value == null) {
                    out.println(BotText.get("console.form.closed"));
                    return false;
                }
                values.putObject(block.path("block_id").asText())
                        .set(block.path("element").path("action_id").asText("value"), value);
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
            settle(); // what the bot sends on the way (a DM to the coordinators) prints before the next question
            JsonNode errors = answer.body() == null || answer.body().isBlank()
                    ? JSON.createObjectNode()
                    : JSON.readTree(answer.body()).path("errors");
            if (errors.isMissingNode() || errors.isEmpty()) {
                out.println(BotText.get("console.form.sent"));
                return true;
            }
            List<JsonNode> again = new ArrayList<>();
            for (JsonNode block : inputs) {
                String id = block.path("block_id").asText();
                if (errors.has(id)) {
                    out.println(BotText.get(
                            "console.form.error",
                            block.path("label").path("text").asText(),
                            slack.plain(errors.get(id).asText())));
                    again.add(block);
                }
            }
            ask = again.isEmpty() ? inputs : again;
        }
    }

    /**
     * One input, as the JSON Slack would put in the view's state; null when the person cancels. Only what
     * Slack's client can send gets through (api.slack.com/reference/block-kit/block-elements): a select holds
     * one of its options, checkboxes and multi-selects some of theirs, a date picker a date (YYYY-MM-DD), a
     * time picker a time (HH:mm, 24-hour); a required one of these is answered. Anything else is asked again
     * at once, saying what fits. Free text goes as typed: the bot's own checks answer on the field.
     */
    private JsonNode askFor(JsonNode block) throws IOException {
        JsonNode element = block.path("element");
        String type = element.path("type").asText();
        String label = block.path("label").path("text").asText();
        boolean optional = block.path("optional").asBoolean();
        if (optional && !label.toLowerCase(Locale.ROOT).contains("(optional)")) {
            label = BotText.get("console.form.optional", label); // not twice (issue 17 point 6)
        }
        ObjectNode value = JSON.createObjectNode().put("type", type);
        if (InputChoices.isChoice(type)) {
            InputChoices choices = InputChoices.of(element);
            out.println(label + ":");
            for (int i = 0; i < choices.size(); i++) {
                out.println("  " + (i + 1) + ". " + choices.label(i));
            }
            JsonNode initial = element.path("initial_option");
            String ask = initial.isObject()
                    ? BotText.get(
                            "console.form.enterKeeps",
                            initial.path("text").path("text").asText())
                    : BotText.get("console.form.number");
            while (true) {
                String answer = prompt(ask);
                if (answer == null) {
                    return null;
                }
                if (answer.isEmpty()) {
                    if (initial.isObject() && !choices.several()) {
                        return value.set("selected_option", initial);
                    }
                    if (optional || choices.several()) {
                        // checkboxes and multi-selects may be left empty (Ui.multiSelect and Ui.checkbox: optional)
                        return choices.several()
                                ? value.set("selected_options", JSON.createArrayNode())
                                : value.putNull("selected_option");
                    }
                    out.println(BotText.get("console.form.chooseOne", choices.size()));
                    continue;
                }
                Optional<List<JsonNode>> chosen = choices.chosen(answer);
                if (chosen.isEmpty()) {
                    out.println(BotText.get("console.form.notAChoice", answer, choices.size()));
                    continue;
                }
                if (choices.several()) {
                    chosen.get().forEach(value.putArray("selected_options")::add);
                    return value;
                }
                return value.set("selected_option", chosen.get().get(0));
            }
        }
        String hint = switch (type) {
            case "datepicker" -> " (YYYY-MM-DD)";
            case "timepicker" -> " (HH:MM)";
            default -> "";
        };
        while (true) {
            String answer = prompt(label + hint);
            if (answer == null) {
                return null;
            }
            switch (type) {
                case "datepicker" -> {
                    Optional<String> date = PickerAnswer.date(answer);
                    if (!answer.isEmpty() && date.isEmpty()) {
                        out.println(BotText.get("console.form.notADate", answer, today()));
                        continue;
                    }
                    if (answer.isEmpty() && !optional) {
                        out.println(BotText.get("console.form.dateNeeded", today()));
                        continue;
                    }
                    return value.put("selected_date", date.orElse(null));
                }
                case "timepicker" -> {
                    Optional<String> time = PickerAnswer.time(answer);
                    if (!answer.isEmpty() && time.isEmpty()) {
                        out.println(BotText.get("console.form.notATime", answer));
                        continue;
                    }
                    if (answer.isEmpty() && !optional) {
                        out.println(BotText.get("console.form.timeNeeded"));
                        continue;
                    }
                    return value.put("selected_time", time.orElse(null));
                }
                default -> {
                    return value.put("value", answer.isEmpty() ? null : answer);
                }
            }
        }
    }

    /** Today in the alliance's time zone, on the operator clock: the example of a date. */
    private String today() {
        return operatorClock
                .clock()
                .instant()
                .atZone(profile.timeZone())
                .toLocalDate()
                .toString();
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
