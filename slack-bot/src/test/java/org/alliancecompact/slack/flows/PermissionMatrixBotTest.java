package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.alliancecompact.slack.testkit.RequestSeeder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "a permission-matrix test generated from one table", the bot's half: every action the bot registers
 * (each {@code /alliance} subcommand, button action_id, view callback and event) for every persona, driven through
 * Slack's own payloads on the strict Slack stand-in, with what each persona gets ({@link #TABLE}) and what each
 * must and must not see ({@link #SIGHT}). The registered actions are read from the bot itself (the Bolt app's
 * handler tables, and the router's help), so an action added to the bot without a row here fails the test.
 *
 * <p>Outcomes: {@code S} served (the action's own answer, a form, or the form's own validation), {@code U} not
 * recognised ("I can't find you among the members"), {@code F} told plainly the organisation is a former member,
 * {@code C} refused: coordinators only, {@code M} refused: member organisations' people only.
 *
 * <p>Personas: a non-member; Ben, head of Beta Academy; Eve, executive head of Alpha School and Gamma School;
 * Carl, chair of Alpha School; Len, head of a school that LEFT; Dora, head of Delta, providing support to Alpha
 * now; Ed, head of Epsilon, whose support of Alpha has ended; Cora, a coordinator of no member.
 */
class PermissionMatrixBotTest {

    enum Persona {
        NON_MEMBER("USTRANGER"),
        HEAD("UBETA"),
        TWO_SCHOOLS("UEXEC"),
        CHAIR("UALPHACHAIR"),
        FORMER("ULEFT"),
        PROVIDER_DURING("UDELTA"),
        PROVIDER_AFTER("UEPS"),
        COORDINATOR("UCOORD");

        final String user;

        Persona(String user) {
            this.user = user;
        }
    }

    /**
     * The table: one row per registered action, one column per persona, in {@link Persona} order (the
     * coordinator last, so a request the coordinator moves has been refused to everyone else first).
     */
    static final String TABLE = """
            # action                      NON  HEAD TWO  CHAIR FORMER PDUR PAFT COORD
            command:help                  S    S    S    S     S      S    S    S
            command:meetings              U    S    S    S     F      S    S    S
            command:rsvp                  U    S    S    S     F      S    S    M
            command:support               U    S    S    S     F      S    S    M
            command:requests              U    S    S    S     F      S    S    S
            command:engagement            U    S    S    S     F      S    S    S
            command:mou                   U    S    S    S     F      S    S    S
            command:run                   U    C    C    C     F      C    C    S
            command:claim                 U    C    C    C     F      C    C    S
            command:broker                U    C    C    C     F      C    C    S
            command:assign                U    C    C    C     F      C    C    S
            command:complete              U    C    C    C     F      C    C    S
            command:decline               U    C    C    C     F      C    C    S
            action:rsvp:attend            U    S    S    S     F      S    S    M
            action:rsvp:apologies         U    S    S    S     F      S    S    M
            action:rsvp:deputy            U    S    S    S     F      S    S    M
            action:meeting:add            U    C    C    C     F      C    C    S
            action:meeting:who            U    C    C    C     F      C    C    S
            action:meeting:attendance     U    C    C    C     F      C    C    S
            action:support:open           U    S    S    S     F      S    S    M
            action:support:claimed        U    C    C    C     F      C    C    S
            action:support:brokered       U    C    C    C     F      C    C    S
            action:support:in_progress    U    C    C    C     F      C    C    S
            action:support:completed      U    C    C    C     F      C    C    S
            action:support:assigned       U    C    C    C     F      C    C    S
            action:support:declined       U    C    C    C     F      C    C    S
            action:support:evaluate       U    S    S    S     F      S    S    S
            action:home:mou               U    S    S    S     F      S    S    S
            action:home:requests          U    S    S    S     F      S    S    S
            action:home:engagement        U    S    S    S     F      S    S    S
            action:engagement:record      U    C    C    C     F      C    C    S
            view:meeting_add              U    C    C    C     F      C    C    S
            view:rsvp_deputy              U    S    S    S     F      S    S    M
            view:meeting_attendance       U    C    C    C     F      C    C    S
            view:support_request          U    S    S    S     F      S    S    M
            view:support_assign           U    C    C    C     F      C    C    S
            view:support_decline          U    C    C    C     F      C    C    S
            view:support_broker           U    C    C    C     F      C    C    S
            view:support_complete         U    C    C    C     F      C    C    S
            view:engagement_signal        U    C    C    C     F      C    C    S
            view:support_evaluation       U    S    S    S     F      S    S    S
            event:app_home_opened         U    S    S    S     F      S    S    S
            """;

    /**
     * What a persona must see ({@code +text}) and must not see ({@code -text}) in an answer it is served, where
     * sight is the point: engagement and the Home tab name only the organisations the person acts for (all of
     * them), a provider whose support ended no longer sees the recipient's category (Oldham 3.3), and a former
     * member's person sees no organisation's data.
     */
    static final String SIGHT = """
            command:engagement     HEAD          +Beta Academy -Alpha School -Gamma School
            command:engagement     TWO_SCHOOLS   +Alpha School +Gamma School -Beta Academy
            command:engagement     CHAIR         +Alpha School -Beta Academy -Gamma School
            command:engagement     PROVIDER_AFTER +Epsilon -Alpha School
            command:engagement     COORDINATOR   +Alpha School +Beta Academy +Gamma School -Left School
            command:engagement     FORMER        +Left School -Alpha School -Beta Academy -level
            command:requests       PROVIDER_AFTER -intensive -INTENSIVE
            event:app_home_opened  TWO_SCHOOLS   +Alpha School +Gamma School -Beta Academy
            event:app_home_opened  HEAD          +Beta Academy -Alpha School
            event:app_home_opened  CHAIR         +Alpha School -Beta Academy -Gamma School
            event:app_home_opened  FORMER        +no longer a member -Beta Academy -Alpha School -Request support
            event:app_home_opened  COORDINATOR   +You are a coordinator. +Support queue -Request support
            event:app_home_opened  NON_MEMBER    -Alpha School -Request support
            """;

    private static BotHarness h;
    private static String meetingId;
    private static String openRequest;
    private static String endedRequest;
    private static String typedRequest;

    @BeforeAll
    static void start() {
        h = new BotHarness("bolton");
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/members")).willReturn(okJson(MEMBERS)));
        h.user("UEXEC", "exec@fed.sch.uk", "Eve Exec");
        h.user("ULEFT", "head@left.sch.uk", "Len Left");
        h.user("UDELTA", "head@delta.sch.uk", "Dora Delta");
        h.user("UEPS", "head@epsilon.sch.uk", "Ed Epsilon");
        h.start();
        // What the plugin shows Ed, whose support of Alpha has ended: no row of Alpha's (Oldham 3.3).
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/register"))
                .withQueryParam("viewer", equalTo("head@epsilon.sch.uk"))
                .willReturn(
                        okJson("{\"rows\":[],\"headlineCounts\":{\"INTENSIVE\":1,\"TARGETED\":0,\"UNIVERSAL\":0}}")));
        LocalDate today = h.clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
        Map<String, String> meeting = new LinkedHashMap<>();
        meeting.put("kind", "opt:ALLIANCE_MEETING");
        meeting.put("title", "Spring BLA meeting");
        meeting.put("date", "date:" + today.plusDays(20));
        meeting.put("time", "time:09:00");
        meeting.put("place", "Bolton Arena");
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_add", "", meeting)))
                .isEmpty();
        meetingId = "1";
        RequestSeeder seeder =
                new RequestSeeder(new SupportStore(h.bot.database().jdbi()), h.clock.instant());
        seeder.seed("alpha-school", RequestStatus.IN_PROGRESS, "Phonics across KS1", "delta-school");
        SupportRequest ended = seeder.seed("alpha-school", RequestStatus.COMPLETED, "Maths mastery", "epsilon-school");
        SupportRequest open = seeder.seed("beta-academy", RequestStatus.SUBMITTED, "Attendance", null);
        endedRequest = ended.id();
        typedRequest = seeder.seed("beta-academy", RequestStatus.SUBMITTED, "Reading for pleasure", null)
                .id();
        openRequest = open.id();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    static final String MEMBERS = "["
            + member(
                    "alpha-school",
                    "Alpha School",
                    "FULL",
                    "{\"email\":\"chair@alpha.sch.uk\",\"name\":\"Carl Chair\","
                            + "\"role\":\"CHAIR\"},{\"email\":\"exec@fed.sch.uk\",\"name\":\"Eve Exec\",\"role\":\"HEAD\"}")
            + "," + member("gamma-school", "Gamma School", "FULL", person("exec@fed.sch.uk", "Eve Exec"))
            + "," + member("beta-academy", "Beta Academy", "FULL", person("head@beta.sch.uk", "Ben Head"))
            + "," + member("delta-school", "Delta School", "FULL", person("head@delta.sch.uk", "Dora Delta"))
            + "," + member("epsilon-school", "Epsilon School", "FULL", person("head@epsilon.sch.uk", "Ed Epsilon"))
            + "," + member("left-school", "Left School", "LEFT", person("head@left.sch.uk", "Len Left"))
            + "]";

    private static String person(String email, String name) {
        return "{\"email\":\"" + email + "\",\"name\":\"" + name + "\",\"role\":\"HEAD\"}";
    }

    private static String member(String id, String name, String state, String people) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"phase\":\"PRIMARY\","
                + "\"state\":\"" + state + "\",\"joinedOn\":\"2024-09-01\",\"people\":[" + people + "]}";
    }

    // ---- the actions the bot registers --------------------------------------------------------------------

    /** Every action the bot registers, as table row names. */
    static Set<String> registeredActions() throws ReflectiveOperationException {
        Set<String> ids = new TreeSet<>();
        Matcher verbs = Pattern.compile("`/alliance ([a-z-]+)").matcher(CommandRouter.HELP);
        while (verbs.find()) {
            ids.add("command:" + verbs.group(1));
        }
        App app = new App(AppConfig.builder()
                .singleTeamBotToken("xoxb-matrix")
                .signingSecret(BotHarness.SECRET)
                .build());
        h.bot.flows().register(app);
        for (String field : List.of("blockActionHandlers", "viewSubmissionHandlers")) {
            for (Object key : handlers(app, field).keySet()) {
                ids.add((field.startsWith("block") ? "action:" : "view:") + literal((Pattern) key));
            }
        }
        for (Object type : handlers(app, "eventHandlers").keySet()) {
            ids.add("event:" + type.toString().replaceFirst("^event_callback:", ""));
        }
        return ids;
    }

    private static Map<?, ?> handlers(App app, String field) throws ReflectiveOperationException {
        Field f = App.class.getDeclaredField(field);
        f.setAccessible(true);
        return (Map<?, ?>) f.get(app);
    }

    /** The id behind Bolt's pattern for a string id ({@code ^\Qid\E$}). */
    private static String literal(Pattern p) {
        return p.pattern().replaceAll("^\\^?\\\\Q", "").replaceAll("\\\\E\\$?$", "");
    }

    // ---- the table ----------------------------------------------------------------------------------------

    static Map<String, Map<Persona, String>> table() {
        Map<String, Map<Persona, String>> rows = new LinkedHashMap<>();
        for (String line : TABLE.lines().toList()) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.strip().split("\\s+");
            assertThat(cells).as("row %s", cells[0]).hasSize(Persona.values().length + 1);
            Map<Persona, String> row = new EnumMap<>(Persona.class);
            for (Persona p : Persona.values()) {
                row.put(p, cells[p.ordinal() + 1]);
            }
            rows.put(cells[0], row);
        }
        return rows;
    }

    @Test
    @DisplayName("every action the bot registers has a row in the table, and every row is an action the bot registers")
    void theTableCoversEveryRegisteredAction() throws ReflectiveOperationException {
        Set<String> registered = registeredActions();
        assertThat(registered).as("actions read from the bot").contains("command:engagement", "action:rsvp:attend");
        assertThat(table().keySet())
                .as("rows of the permission table (add a row for each new action)")
                .containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    @DisplayName("each persona gets what the table says for every action, and sees only what it may")
    void everyPersonaGetsWhatTheTableSays() {
        Map<String, Map<Persona, String>> table = table();
        Map<String, Map<Persona, String>> answers = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        for (var row : table.entrySet()) {
            observed.append(String.format("%-30s", row.getKey()));
            Map<Persona, String> got = new EnumMap<>(Persona.class);
            for (Persona p : Persona.values()) {
                String answer = drive(row.getKey(), p);
                got.put(p, answer);
                String outcome = classify(answer);
                observed.append(String.format("%-5s", outcome));
                if (!outcome.equals(row.getValue().get(p))) {
                    wrong.add(row.getKey() + " as " + p + ": expected "
                            + row.getValue().get(p) + ", got " + outcome + " (" + abbreviate(answer) + ")");
                }
            }
            observed.append('\n');
            answers.put(row.getKey(), got);
        }
        for (String line : SIGHT.lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(.*)").matcher(line.strip());
            assertThat(m.matches()).as(line).isTrue();
            String answer = answers.get(m.group(1)).get(Persona.valueOf(m.group(2)));
            for (String expectation : m.group(3).split("\\s+(?=[+-])")) {
                String text = expectation.substring(1);
                boolean must = expectation.startsWith("+");
                if (answer.contains(text) != must) {
                    wrong.add(m.group(1) + " as " + m.group(2) + ": " + (must ? "must see" : "must not see") + " '"
                            + text + "' (" + abbreviate(answer) + ")");
                }
            }
        }
        assertThat(wrong).as("observed:\n" + observed).isEmpty();
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    /** The outcome an answer shows (see the class comment). */
    static String classify(String answer) {
        if (answer.contains("can't find") || answer.contains("can\\u0027t find")) {
            return "U";
        }
        if (answer.contains("is no longer a member")) {
            return "F";
        }
        if (answer.contains("Only coordinators")) {
            return "C";
        }
        if (answer.contains("Only a member organisation")
                || answer.contains("Only the people of a member organisation")) {
            return "M";
        }
        return "S";
    }

    // ---- driving one action as one persona ----------------------------------------------------------------

    /** Performs {@code action} as {@code p} through Slack's payloads and returns what the person was shown. */
    private static String drive(String action, Persona p) {
        String[] kind = action.split(":", 2);
        return switch (kind[0]) {
            case "command" -> command(p, commandText(kind[1]));
            case "action" -> press(p, kind[1]);
            case "view" -> submit(p, kind[1]);
            case "event" -> home(p);
            default -> throw new IllegalArgumentException(action);
        };
    }

    private static String commandText(String verb) {
        return switch (verb) {
            case "rsvp" -> "rsvp " + meetingId + " apologies";
            case "support" -> "support 2 phonics in key stage 1";
            // the coordinator's typed moves act on a request of their own, so the buttons' rows keep theirs
            case "claim", "broker", "assign", "complete", "decline" ->
                verb + " " + typedRequest + " " + typedArgument(verb);
            default -> verb;
        };
    }

    private static String typedArgument(String verb) {
        return switch (verb) {
            case "broker" -> "asked Delta School to help";
            case "assign" -> "Delta School";
            case "complete" -> "1";
            case "decline" -> "no capacity this term";
            default -> "";
        };
    }

    private static String command(Persona p, String typed) {
        String url = h.command(p.user, typed);
        String ack = h.lastAck.body();
        if (ack != null && !ack.isBlank()) {
            return ack;
        }
        return h.awaitResponse(url);
    }

    /** Buttons that open a modal: the modal's content (the form, or why there is none). */
    private static final Set<String> MODAL_BUTTONS = Set.of(
            "rsvp:deputy",
            "meeting:add",
            "meeting:attendance",
            "support:open",
            "support:brokered",
            "support:completed",
            "support:assigned",
            "support:declined",
            "support:evaluate",
            "engagement:record");

    private static String press(Persona p, String actionId) {
        String value = buttonValue(actionId);
        if (MODAL_BUTTONS.contains(actionId)) {
            return h.pressForModal(p.user, actionId, value);
        }
        String url = h.press(p.user, actionId, value);
        return h.awaitResponse(url);
    }

    private static String buttonValue(String actionId) {
        if (actionId.startsWith("rsvp:") || actionId.startsWith("meeting:")) {
            return meetingId;
        }
        if (actionId.equals("support:evaluate")) {
            return endedRequest;
        }
        if (actionId.startsWith("support:") && !actionId.equals("support:open")) {
            return openRequest;
        }
        return "x";
    }

    /** A submission with no values: refused by role, or answered with the form's own validation. */
    private static String submit(Persona p, String callbackId) {
        String metadata = callbackId.startsWith("meeting_") || callbackId.startsWith("rsvp_")
                ? meetingId
                : callbackId.equals("support_evaluation")
                        ? endedRequest
                        : callbackId.startsWith("support_") ? openRequest : "";
        var ack = h.submit(p.user, callbackId, metadata, Map.of());
        Map<String, String> errors = BotHarness.errors(ack);
        return errors.isEmpty() ? "accepted" : String.join(" ", errors.values());
    }

    private static String home(Persona p) {
        int before = h.calls("views.publish").size();
        h.homeOpened(p.user, "EvMatrix" + p.ordinal(), Map.of());
        Eventually.await("the Home tab of " + p, () -> h.calls("views.publish").size() > before);
        return json(h.calls("views.publish").get(before).get("view"));
    }

    /** A view's text as the person reads it (JSON escapes undone). */
    private static String json(String view) {
        try {
            JsonNode node = BotHarness.JSON.readTree(view);
            return node.toString().replace("\\n", "\n");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
