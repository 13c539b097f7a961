package org.alliancecompact.system;

import static org.alliancecompact.system.RunningSystem.COORDINATOR_TOKEN;
import static org.alliancecompact.system.RunningSystem.COORDINATOR_USER;
import static org.alliancecompact.system.RunningSystem.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.slack.store.Database;
import org.alliancecompact.slack.store.MeetingStore;
import org.alliancecompact.slack.store.SupportStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15, finding 1, end to end across the real plugin and the real bot: Bolton's demo executive head
 * (Judith Entwistle, head of Westhoughton High School and of Hulton Academy) signs the MOU for each school
 * through the plugin's REST API, answers each school's own meeting invitation in Slack differently, files a
 * support request for each school (one by the form, one by the typed command), and sees a Home tab section
 * per school; a person of one of the two schools cannot act for the other. The bot's own store is read
 * over H2's automatic mixed mode, so what it recorded is checked, not only what it said.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the Home tab, last, shows what the others did
class HeadOfTwoSchoolsTest {

    static final String EXEC_HEAD = "UEXECHEAD";
    static final String EXEC_HEAD_EMAIL = "exec.head@westhoughton.example";
    static final String EXEC_HEAD_TOKEN = "exec-head-e2e-token";
    /**
     * Westhoughton's chair of governors, who acts for Westhoughton alone. The plugin allows one HEAD per
     * organisation, so the executive head is the only head either school can have; the chair stands in for
     * "a person of one of the two schools".
     */
    static final String WEST_CHAIR = "UWESTCHAIR";

    static final String WEST_CHAIR_EMAIL = "chair@westhoughton.example";
    static final String WEST_CHAIR_TOKEN = "westhoughton-chair-e2e-token";
    static final String WESTHOUGHTON = "westhoughton-high";
    static final String HULTON = "hulton-academy";

    static RunningSystem system;
    static Database botDatabase;

    @BeforeAll
    static void start() throws Exception {
        // AUTO_SERVER: the bot opens the file first and serves it; this test connects to it as a second client.
        String botDb = "jdbc:h2:file:"
                + Path.of("target", "e2e", "twoschools-bot-" + System.nanoTime(), "alliance-bot")
                        .toAbsolutePath()
                + ";AUTO_SERVER=TRUE";
        system = new RunningSystem(
                "twoschools",
                "bolton",
                Map.of(EXEC_HEAD_TOKEN, EXEC_HEAD_EMAIL, WEST_CHAIR_TOKEN, WEST_CHAIR_EMAIL),
                Map.of("DATABASE_URL", botDb));
        system.slack.user(EXEC_HEAD, EXEC_HEAD_EMAIL);
        system.slack.user(WEST_CHAIR, WEST_CHAIR_EMAIL);
        botDatabase = Database.open(botDb, null, null, null);
    }

    @AfterAll
    static void stop() throws Exception {
        if (botDatabase != null) {
            botDatabase.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void signsForEachSchoolThroughThePluginAndAPersonOfOneCannotSignForTheOther() throws Exception {
        JsonNode edition =
                system.rest("GET", "mou/current", EXEC_HEAD_TOKEN, null).json();
        String signatures = "mou/editions/" + edition.get("id").asText() + "/signatures";

        RunningSystem.Rest notHers = system.rest("POST", signatures, WEST_CHAIR_TOKEN, sign(HULTON, "CHAIR", edition));
        assertThat(notHers.status()).as(String.valueOf(notHers.json())).isEqualTo(403);

        for (String school : List.of(HULTON, WESTHOUGHTON)) {
            RunningSystem.Rest signed = system.rest("POST", signatures, EXEC_HEAD_TOKEN, sign(school, "HEAD", edition));
            assertThat(signed.status()).as(school + ": " + signed.json()).isEqualTo(201);
            assertThat(signed.json().get("memberId").asText()).isEqualTo(school);
        }

        RunningSystem.Rest all = system.rest("GET", signatures, COORDINATOR_TOKEN, null);
        List<JsonNode> rows = new ArrayList<>();
        all.json().forEach(rows::add);
        assertThat(rows)
                .extracting(
                        s -> s.get("memberId").asText(),
                        s -> s.get("role").asText(),
                        s -> s.get("personEmail").asText())
                .containsExactlyInAnyOrder(
                        tuple(HULTON, "HEAD", EXEC_HEAD_EMAIL), tuple(WESTHOUGHTON, "HEAD", EXEC_HEAD_EMAIL));
        // the bot reads the same: each school signed by its head, each still waiting for its own chair
        String mou = JSON.readTree(system.firstResponse(system.command(EXEC_HEAD, "mou")))
                .get("text")
                .asText();
        assertThat(mou).contains("Westhoughton High School").contains("Hulton Academy");
        assertThat(mou.split("Signed by: head", -1)).hasSize(3);
        assertThat(mou.split("Still to sign: chair", -1)).hasSize(3);
        // and signing Hulton again is the one real conflict, not a signature for the other school
        RunningSystem.Rest again = system.rest("POST", signatures, EXEC_HEAD_TOKEN, sign(HULTON, "HEAD", edition));
        assertThat(again.status()).as(String.valueOf(again.json())).isEqualTo(409);
    }

    @Test
    @Order(2)
    void answersEachSchoolsInvitationForThatSchoolAlone() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(
                LocalDate.now(ZoneId.of("Europe/London")).plusDays(10),
                LocalTime.of(10, 0),
                ZoneId.of("Europe/London"));
        system.addMeeting(COORDINATOR_USER, "Two schools termly meeting", start);

        Map<String, String> invitations = Await.until(
                "one invitation per school to the executive head",
                () -> rsvpValues(EXEC_HEAD, "Two schools termly meeting"),
                v -> v.size() >= 2);
        assertThat(invitations).containsOnlyKeys("Westhoughton High School", "Hulton Academy");
        String westhoughton = invitations.get("Westhoughton High School");
        String hulton = invitations.get("Hulton Academy");
        assertThat(westhoughton).endsWith(":" + WESTHOUGHTON);
        assertThat(hulton).endsWith(":" + HULTON);
        String meetingId = hulton.substring(0, hulton.indexOf(':'));

        // the second school's invitation first, then the first's
        assertThat(system.firstResponse(system.press(EXEC_HEAD, "rsvp:attend", hulton)))
                .contains("Hulton Academy");
        assertThat(system.firstResponse(system.press(EXEC_HEAD, "rsvp:apologies", westhoughton)))
                .contains("Westhoughton High School");

        MeetingStore meetings = new MeetingStore(botDatabase.jdbi());
        assertThat(meetings.rsvps(meetingId))
                .extracting(Rsvp::memberId, Rsvp::choice)
                .containsExactlyInAnyOrder(
                        tuple(HULTON, RsvpChoice.ATTENDING), tuple(WESTHOUGHTON, RsvpChoice.APOLOGIES));

        // Westhoughton's chair pressing Attend on Hulton's button (a forged value) is refused.
        String refused = system.firstResponse(system.press(WEST_CHAIR, "rsvp:attend", hulton));
        assertThat(refused).contains("You do not act for Hulton Academy").doesNotContain("Recorded");
        assertThat(system.firstResponse(system.command(WEST_CHAIR, "rsvp " + meetingId + " attend for Hulton Academy")))
                .contains("You do not act for Hulton Academy")
                .doesNotContain("Recorded");
        assertThat(meetings.rsvps(meetingId))
                .extracting(Rsvp::memberId, Rsvp::choice)
                .containsExactlyInAnyOrder(
                        tuple(HULTON, RsvpChoice.ATTENDING), tuple(WESTHOUGHTON, RsvpChoice.APOLOGIES));
    }

    @Test
    @Order(3)
    void filesARequestForEachSchoolByTheFormAndByTheCommand() throws Exception {
        SupportStore support = new SupportStore(botDatabase.jdbi());

        system.submitModal(
                EXEC_HEAD,
                "support_request",
                "",
                Map.of(
                        "organisation", RunningSystem.selected(HULTON),
                        "focus", Map.of("type", "plain_text_input", "value", "Hulton phonics catch-up"),
                        "days", Map.of("type", "plain_text_input", "value", "2")));
        SupportStore.Stored byForm = Await.until(
                        "the form's request in the bot's store",
                        () -> support.all().stream()
                                .filter(s -> s.request().focus().equals("Hulton phonics catch-up"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(byForm.request().requesterMemberId()).isEqualTo(HULTON);
        assertThat(system.groupPost(Integer.parseInt(byForm.request().id())))
                .contains("Hulton Academy")
                .doesNotContain("Westhoughton");

        int byCommand = system.fileRequest(EXEC_HEAD, "Westhoughton High School 1 Westhoughton maths moderation");
        SupportStore.Stored typed = support.find(String.valueOf(byCommand)).orElseThrow();
        assertThat(typed.request().requesterMemberId()).isEqualTo(WESTHOUGHTON);
        assertThat(typed.request().focus()).isEqualTo("Westhoughton maths moderation");
        assertThat(system.groupPost(byCommand))
                .contains("Westhoughton High School")
                .doesNotContain("Hulton");

        // Westhoughton's chair cannot file for Hulton, by command or by form.
        String refused = system.firstResponse(system.command(WEST_CHAIR, "support Hulton Academy 1 Not ours to ask"));
        assertThat(refused).contains("Hulton Academy").doesNotContain("request #");
        var refusedForm = system.submitModal(
                WEST_CHAIR,
                "support_request",
                "",
                Map.of(
                        "organisation", RunningSystem.selected(HULTON),
                        "focus", Map.of("type", "plain_text_input", "value", "Forged for Hulton"),
                        "days", Map.of("type", "plain_text_input", "value", "1")));
        assertThat(refusedForm.body()).contains("errors").contains("You do not act for that organisation");
        Thread.sleep(1_000); // give a wrongly accepted request time to be stored
        assertThat(support.all())
                .extracting(
                        s -> s.request().requesterMemberId(), s -> s.request().focus())
                .doesNotContain(tuple(HULTON, "Not ours to ask"), tuple(HULTON, "Forged for Hulton"));
    }

    @Test
    @Order(4)
    void theHomeTabHasASectionPerSchool() throws Exception {
        int before = system.slack.calls("views.publish").size();
        String event = """
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback",
                 "event_id":"Ev0TWOSCHOOLS","event_time":%d,
                 "event":{"type":"app_home_opened","user":"%s","channel":"D1","tab":"home","event_ts":"1.0"}}""".formatted(java.time.Instant.now().getEpochSecond(), EXEC_HEAD);
        assertThat(system.event(event, Map.of()).statusCode()).isEqualTo(200);
        Map<String, String> published = Await.until(
                        "the Home tab", () -> system.slack.calls("views.publish"), calls -> calls.size() > before)
                .get(before);
        assertThat(published.get("user_id")).isEqualTo(EXEC_HEAD);
        // the tab's text as a person reads it: every section's mrkdwn, in order
        StringBuilder read = new StringBuilder();
        JSON.readTree(published.get("view"))
                .get("blocks")
                .forEach(b -> read.append(b.path("text").path("text").asText()).append('\n'));
        String home = read.toString();
        assertThat(home)
                .contains("*Westhoughton High School* (you are its head)")
                .contains("*Hulton Academy* (you are its head)")
                // each school's own answer to the meeting and its own request
                .contains("Hulton Academy's answer: *attending*")
                .contains("Westhoughton High School's answer: *apologies*");
        String hultonSection = home.substring(
                home.indexOf("*Hulton Academy* (you are its head)"),
                home.indexOf("*Westhoughton High School* (you are its head)"));
        String westhoughtonSection = home.substring(home.indexOf("*Westhoughton High School* (you are its head)"));
        assertThat(hultonSection).contains("Hulton phonics catch-up").doesNotContain("Westhoughton maths moderation");
        assertThat(westhoughtonSection)
                .contains("Westhoughton maths moderation")
                .doesNotContain("Hulton phonics catch-up");
    }

    /** The RSVP buttons' values of the invitations to {@code user} about {@code title}, by school name. */
    private static Map<String, String> rsvpValues(String user, String title) {
        Map<String, String> bySchool = new java.util.LinkedHashMap<>();
        for (Map<String, String> post : system.slack.calls("chat.postMessage")) {
            if (!user.equals(post.get("channel")) || post.get("blocks") == null) {
                continue;
            }
            try {
                JsonNode blocks = JSON.readTree(post.get("blocks"));
                String text = blocks.toString();
                if (!text.contains(title)) {
                    continue;
                }
                for (JsonNode block : blocks) {
                    for (JsonNode element : block.path("elements")) {
                        if ("rsvp:attend".equals(element.path("action_id").asText())) {
                            String school = text.contains("Hulton Academy") && !text.contains("Westhoughton")
                                    ? "Hulton Academy"
                                    : text.contains("Westhoughton") && !text.contains("Hulton")
                                            ? "Westhoughton High School"
                                            : "both: " + text;
                            bySchool.put(school, element.path("value").asText());
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        return bySchool;
    }

    private static Map<String, Object> sign(String memberId, String role, JsonNode edition) {
        return Map.of(
                "memberId", memberId,
                "role", role,
                "editionFingerprint", edition.get("fingerprint").asText());
    }
}
