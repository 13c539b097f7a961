package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A person with roles in several organisations answers invitations for each (issue 15, finding 1: "pressing
 * Attend on Oakfield's invitation records Birchwood"), a person of a former member is told so plainly, the deputy
 * button says up front when the allowance is used (issue 17, point 8), and the forms show every problem at once
 * in words people read (issue 17, point 6). Bolton's profile: one deputy per academic year at BLA meetings.
 *
 * <p>People: Erin Exec heads Ashgrove and Oakfield (listed first at Ashgrove) and is still listed at Old Mill,
 * which has left; Gus heads only Old Mill; Olly is Oakfield's deputy head; Nia heads Newbridge, an associate since
 * September 2024, past Bolton's six months.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingOrganisationsTest {
    private static final String MEMBERS = """
            [{"id":"ashgrove","name":"Ashgrove Primary","kind":"SCHOOL","phase":"PRIMARY","state":"FULL",
              "joinedOn":"2024-09-01","people":[{"email":"exec@fed.sch.uk","name":"Erin Exec","role":"HEAD"}]},
             {"id":"oakfield","name":"Oakfield Primary","kind":"SCHOOL","phase":"PRIMARY","state":"FULL",
              "joinedOn":"2024-09-01","people":[{"email":"exec@fed.sch.uk","name":"Erin Exec","role":"HEAD"},
                {"email":"dep@oakfield.sch.uk","name":"Olly Deputy","role":"DEPUTY"}]},
             {"id":"oldmill","name":"Old Mill School","kind":"SCHOOL","phase":"PRIMARY","state":"LEFT",
              "joinedOn":"2024-09-01","people":[{"email":"gone@oldmill.sch.uk","name":"Gus Gone","role":"HEAD"},
                {"email":"exec@fed.sch.uk","name":"Erin Exec","role":"HEAD"}]},
             {"id":"newbridge","name":"Newbridge Nursery","kind":"EARLY_YEARS_SETTING","phase":"EARLY_YEARS","state":"ASSOCIATE",
              "joinedOn":"2024-09-01","people":[{"email":"new@newbridge.sch.uk","name":"Nia New","role":"HEAD"}]}]
            """;

    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("bolton");
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/members")).willReturn(okJson(MEMBERS)));
        h.user("UEXEC", "exec@fed.sch.uk", "Erin Exec");
        h.user("UGONE", "gone@oldmill.sch.uk", "Gus Gone");
        h.user("UOLLY", "dep@oakfield.sch.uk", "Olly Deputy");
        h.user("UNEW", "new@newbridge.sch.uk", "Nia New");
        h.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static LocalDate today() {
        return h.clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
    }

    private static Map<String, String> meeting(String title, LocalDate date) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", "opt:ALLIANCE_MEETING");
        v.put("title", title);
        v.put("date", "date:" + date);
        v.put("time", "time:16:00");
        v.put("place", "Town Hall");
        return v;
    }

    /** Every button in a message's blocks as "action_id=value". */
    private static List<String> buttons(String blocksJson) {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode block : BotHarness.JSON.readTree(blocksJson)) {
                for (JsonNode e : block.path("elements")) {
                    if (e.has("action_id")) {
                        out.add(e.path("action_id").asText() + "="
                                + e.path("value").asText());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rsvp(String meetingId, String memberId) {
        return h.count("select count(*) from rsvps where meeting_id = " + meetingId + " and member_id = '" + memberId
                                + "'")
                        == 0
                ? "none"
                : h.bot.database()
                        .jdbi()
                        .withHandle(
                                x -> x.createQuery("select choice from rsvps where meeting_id = :m and member_id = :o")
                                        .bind("m", Long.parseLong(meetingId))
                                        .bind("o", memberId)
                                        .mapTo(String.class)
                                        .one());
    }

    @Test
    @Order(1)
    @DisplayName("An executive head gets one invitation per school, each naming its school on its buttons;"
            + " a school that has left gets none")
    void oneInvitationPerOrganisation() {
        assertThat(BotHarness.errors(
                        h.submit("UCOORD", "meeting_add", "", meeting("Autumn BLA", today().plusDays(20)))))
                .isEmpty();
        Eventually.await("two invitations", () -> h.postsTo("UEXEC").size() >= 2);
        List<Map<String, String>> invitations = h.postsTo("UEXEC");
        assertThat(invitations).hasSize(2);
        assertThat(invitations.get(0).get("text")).contains("Ashgrove Primary");
        assertThat(buttons(invitations.get(0).get("blocks")))
                .containsExactly("rsvp:attend=1:ashgrove", "rsvp:deputy=1:ashgrove", "rsvp:apologies=1:ashgrove");
        assertThat(invitations.get(1).get("text")).contains("Oakfield Primary");
        assertThat(buttons(invitations.get(1).get("blocks")))
                .containsExactly("rsvp:attend=1:oakfield", "rsvp:deputy=1:oakfield", "rsvp:apologies=1:oakfield");
        assertThat(h.postsTo("UGONE")).isEmpty();
        assertThat(h.postsTo("UNEW")).as("a lapsed associate is not invited").isEmpty();
    }

    @Test
    @Order(2)
    @DisplayName("Attend on Oakfield's invitation records Oakfield, never Ashgrove (the first school listing the"
            + " email); apologies on Ashgrove's records Ashgrove")
    void theButtonAnswersForItsOwnOrganisation() {
        String url = h.press("UEXEC", "rsvp:attend", "1:oakfield");
        assertThat(h.awaitResponse(url)).contains("Oakfield Primary").contains("attending");
        assertThat(rsvp("1", "oakfield")).isEqualTo("ATTENDING");
        assertThat(rsvp("1", "ashgrove")).isEqualTo("none");

        url = h.press("UEXEC", "rsvp:apologies", "1:ashgrove");
        assertThat(h.awaitResponse(url)).contains("Ashgrove Primary").contains("apologies");
        assertThat(rsvp("1", "ashgrove")).isEqualTo("APOLOGIES");
        assertThat(rsvp("1", "oakfield")).isEqualTo("ATTENDING");
    }

    @Test
    @Order(3)
    @DisplayName("Typed answers name the organisation with 'for'; without it a person acting for two is asked which;"
            + " an organisation the person does not act for is refused")
    void typedAnswersNameTheOrganisation() {
        String asked = h.awaitResponse(h.command("UEXEC", "rsvp 1 apologies"));
        assertThat(asked).contains("Ashgrove Primary and Oakfield Primary").contains("for &lt;organisation&gt;");
        assertThat(rsvp("1", "oakfield")).isEqualTo("ATTENDING");

        String done = h.awaitResponse(h.command("UEXEC", "rsvp 1 apologies for Oakfield Primary"));
        assertThat(done).contains("Recorded: Oakfield Primary");
        assertThat(rsvp("1", "oakfield")).isEqualTo("APOLOGIES");
        assertThat(rsvp("1", "ashgrove")).isEqualTo("APOLOGIES");

        // Olly is Oakfield's person only: no 'for' needed, and Ashgrove is not theirs to answer for
        assertThat(h.awaitResponse(h.command("UOLLY", "rsvp 1 attend"))).contains("Recorded: Oakfield Primary");
        assertThat(rsvp("1", "oakfield")).isEqualTo("ATTENDING");
        assertThat(h.awaitResponse(h.press("UOLLY", "rsvp:apologies", "1:ashgrove")))
                .contains("You do not act for Ashgrove Primary");
        assertThat(rsvp("1", "ashgrove")).isEqualTo("APOLOGIES");
    }

    @Test
    @Order(4)
    @DisplayName("A former member's people are told plainly that it is no longer a member, not that they are unknown")
    void formerMembersAreToldPlainly() {
        String exec = h.awaitResponse(h.press("UEXEC", "rsvp:attend", "1:oldmill"));
        assertThat(exec)
                .contains("Old Mill School is no longer a current member")
                .contains("it has left");
        String gus = h.awaitResponse(h.press("UGONE", "rsvp:attend", "1:oldmill"));
        assertThat(gus)
                .contains("Old Mill School (it has left) is no longer a member")
                .doesNotContain("can't find");
        assertThat(h.awaitResponse(h.command("UGONE", "meetings")))
                .contains("Old Mill School (it has left) is no longer a member");
        // an associate past its time limit is a former member too (Leeds: "up to 6 months")
        assertThat(h.awaitResponse(h.press("UNEW", "rsvp:attend", "1:newbridge")))
                .contains("Newbridge Nursery (its associate membership has ended) is no longer a member")
                .contains("its associate membership has ended");
        assertThat(h.awaitResponse(h.command("UNEW", "rsvp 1 attend")))
                .contains("Newbridge Nursery (its associate membership has ended) is no longer a member");
        assertThat(h.count("select count(*) from rsvps where member_id in ('oldmill', 'newbridge')"))
                .isZero();
    }

    @Test
    @Order(5)
    @DisplayName("/alliance meetings shows each organisation's answer with buttons for that organisation")
    void theListShowsEveryOrganisation() {
        String url = h.command("UEXEC", "meetings");
        h.awaitResponse(url);
        JsonNode answer = h.responses(url).get(0);
        String text = answer.path("text").asText();
        assertThat(text)
                .contains("Ashgrove Primary's answer: *apologies*")
                .contains("Oakfield Primary's answer: *attending*");
        assertThat(buttons(answer.path("blocks").toString()))
                .contains("rsvp:attend=1:ashgrove", "rsvp:attend=1:oakfield")
                .noneMatch(b -> b.endsWith("=1"));
    }

    @Test
    @Order(6)
    @DisplayName("'The deputy button says up front when the allowance is used and whom to ask; coordinators hear"
            + " once per refusal, not once per attempt'")
    void theDeputyButtonSaysUpFront() {
        assertThat(h.awaitResponse(h.command("UEXEC", "rsvp 1 deputy Olly Deputy for oakfield")))
                .contains("Olly Deputy will attend");
        assertThat(BotHarness.errors(
                        h.submit("UCOORD", "meeting_add", "", meeting("Spring BLA", today().plusDays(40)))))
                .isEmpty();

        // Oakfield used its deputy at the autumn meeting: no form, the reason and whom to ask
        String refused = h.pressForModal("UEXEC", "rsvp:deputy", "2:oakfield");
        assertThat(refused)
                .contains("used its deputy allowance")
                .contains("Autumn BLA")
                .contains("coord@alliance.org")
                .doesNotContain("deputy_name")
                .doesNotContain("rsvp_deputy");
        // Ashgrove has used none: the form, naming Ashgrove
        String form = h.pressForModal("UEXEC", "rsvp:deputy", "2:ashgrove");
        assertThat(form)
                .contains("deputy_name")
                .contains("Ashgrove Primary")
                .contains("2:ashgrove")
                .contains("A deputy may stand in once per academic year");

        // asked again by button and by command: still one message to the coordinators
        h.pressForModal("UEXEC", "rsvp:deputy", "2:oakfield");
        assertThat(h.awaitResponse(h.command("UEXEC", "rsvp 2 deputy Olly Deputy for Oakfield Primary")))
                .contains("used its deputy allowance");
        Eventually.await(
                "the coordinators told",
                () -> h.count("select count(*) from nudges_sent where dedupe_key = 'deputy-refused:2:oakfield'") == 1
                        && refusalsToCoordinator() == 1);
        h.pressForModal("UEXEC", "rsvp:deputy", "2:oakfield");
        sleep(700); // the refusal's follow-up runs after the modal: give a second message time to appear
        assertThat(refusalsToCoordinator()).isEqualTo(1);
        assertThat(h.count("select count(*) from deputy_uses where member_id = 'oakfield'"))
                .isEqualTo(1);
    }

    private static long refusalsToCoordinator() {
        return h.postsTo("UCOORD").stream()
                .filter(p -> p.get("text").startsWith("Deputy refused"))
                .count();
    }

    @Test
    @Order(7)
    @DisplayName("Forms check every field and show every error at once, in the names people read")
    void everyErrorAtOnce() {
        Map<String, String> empty = new LinkedHashMap<>();
        empty.put("title", " ");
        empty.put("link", "http://meet.example.org/bla");
        Map<String, String> errors = BotHarness.errors(h.submit("UCOORD", "meeting_add", "", empty));
        assertThat(errors).containsOnlyKeys("kind", "title", "date", "time", "link");
        assertThat(errors.get("link")).startsWith("Give the whole address, starting https://");

        Map<String, String> nowhere = meeting("Summer BLA", today().plusDays(60));
        nowhere.remove("place");
        nowhere.put("kind", "opt:STRATEGIC_GROUP"); // Bolton holds none
        errors = BotHarness.errors(h.submit("UCOORD", "meeting_add", "", nowhere));
        assertThat(errors).containsOnlyKeys("kind", "place");
        assertThat(errors.get("place")).isEqualTo("Give a place, an online link, or both.");
        assertThat(errors.get("kind"))
                .isEqualTo("This alliance does not hold strategic group meetings. Choose another kind.");
        assertThat(errors.values()).noneMatch(e -> e.matches("(?i)^(place|link|title|kind|startsAt):.*"));

        Map<String, String> deputy = new LinkedHashMap<>();
        deputy.put("deputy_name", " ");
        deputy.put("deputy_email", "not-an-email");
        errors = BotHarness.errors(h.submit("UEXEC", "rsvp_deputy", "2:ashgrove", deputy));
        assertThat(errors)
                .containsEntry("deputy_name", "Give the name of the deputy who will attend.")
                .containsEntry("deputy_email", "Give an email address such as name@school.sch.uk, or leave it empty.");
        assertThat(errors.values()).noneMatch(e -> e.contains("deputyEmail") || e.contains("deputyName"));
        assertThat(h.count("select count(*) from meetings")).isEqualTo(2);
        assertThat(h.count("select count(*) from rsvps where meeting_id = 2")).isZero();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
