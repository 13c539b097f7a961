package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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

/** Meetings end to end over signed HTTP: add, invite, answer, deputy limit, who is coming, attendance. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingFlowTest {
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("bolton").start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static Map<String, String> meeting(String title, LocalDate date, String place, String link) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", "opt:ALLIANCE_MEETING");
        v.put("title", title);
        v.put("date", "date:" + date);
        v.put("time", "time:16:00");
        v.put("place", place);
        v.put("link", link);
        return v;
    }

    private static LocalDate today() {
        return h.clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
    }

    @Test
    @Order(1)
    void a_coordinator_opens_the_add_meeting_modal_and_bad_input_is_refused_on_its_field() {
        String url = h.press("UCOORD", "meeting:add", "add");
        assertThat(h.lastAck.statusCode()).isEqualTo(200);
        Eventually.await("views.update", () -> !h.calls("views.update").isEmpty());
        assertThat(h.calls("views.update").get(0).get("view"))
                .contains("meeting_add")
                .contains("Alliance meeting");

        assertThat(BotHarness.errors(
                        h.submit("UCOORD", "meeting_add", "", meeting("BLA", today().plusDays(20), null, null))))
                .containsKey("place");
        assertThat(BotHarness.errors(h.submit(
                        "UCOORD",
                        "meeting_add",
                        "",
                        meeting("BLA", today().plusDays(20), null, "http://insecure.example"))))
                .containsKey("link");
        assertThat(BotHarness.errors(
                        h.submit("UCOORD", "meeting_add", "", meeting("BLA", today().minusDays(1), "Hall", null))))
                .containsEntry("date", "The meeting must be in the future.");
        Map<String, String> badKind = meeting("BLA", today().plusDays(20), "Hall", null);
        badKind.put("kind", "opt:STRATEGIC_GROUP"); // Bolton holds no strategic groups
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_add", "", badKind)))
                .containsKey("kind");
        Map<String, String> noTime = meeting("BLA", today().plusDays(20), "Hall", null);
        noTime.put("time", null);
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_add", "", noTime)))
                .containsKey("time");
        // a member is not a coordinator
        assertThat(BotHarness.errors(
                        h.submit("UALPHA", "meeting_add", "", meeting("BLA", today().plusDays(20), "Hall", null))))
                .isNotEmpty();
        assertThat(h.count("select count(*) from meetings")).isZero();
        assertThat(url).isNotBlank();
    }

    @Test
    @Order(2)
    void adding_a_meeting_invites_every_member_and_schedules_reminders() {
        var ack = h.submit(
                "UCOORD", "meeting_add", "", meeting("Autumn BLA meeting", today().plusDays(20), "Town Hall", null));
        assertThat(BotHarness.errors(ack)).isEmpty();
        assertThat(h.count("select count(*) from meetings")).isEqualTo(1);
        Eventually.await(
                "invitations",
                () -> !h.postsTo("UALPHA").isEmpty() && !h.postsTo("UBETA").isEmpty());
        assertThat(h.postsTo("UALPHA").get(0).get("blocks"))
                .contains("rsvp:attend")
                .contains("rsvp:deputy")
                .contains("Autumn BLA meeting");
        // 7 days and 1 day before
        assertThat(h.count("select count(*) from scheduled_tasks where task_name = 'rsvp-reminder'"))
                .isEqualTo(2);
        Eventually.await("coordinator told", () -> !h.postsTo("UCOORD").isEmpty());
    }

    @Test
    @Order(3)
    void a_member_answers_with_a_button_and_the_coordinator_sees_who_is_coming() {
        String url = h.press("UALPHA", "rsvp:attend", "1");
        assertThat(h.awaitResponse(url)).contains("attending");
        String who = h.press("UCOORD", "meeting:who", "1");
        String text = h.awaitResponse(who);
        assertThat(text).contains("*attending* (1): Alpha School").contains("*no reply yet* (1): Beta Academy");
    }

    @Test
    @Order(4)
    void a_deputy_within_the_allowance_is_booked_and_a_second_in_the_same_year_is_refused() {
        String first = h.command("UBETA", "rsvp 1 deputy <@UALPHADEP|dee>");
        assertThat(h.lastAck.statusCode()).isEqualTo(200);
        assertThat(h.awaitResponse(first)).contains("Dee Deputy will attend").contains("votes");
        assertThat(h.count("select count(*) from deputy_uses where member_id = 'beta-academy'"))
                .isEqualTo(1);

        h.submit("UCOORD", "meeting_add", "", meeting("Spring BLA meeting", today().plusDays(40), "Town Hall", null));
        assertThat(h.count("select count(*) from meetings")).isEqualTo(2);
        int coordinatorMessages = h.postsTo("UCOORD").size();
        String second = h.command("UBETA", "rsvp 2 deputy Sam Stand-in");
        String refusal = h.awaitResponse(second);
        assertThat(refusal)
                .contains("used its deputy allowance")
                // the first use is still to come: not "stands in" nor "stood in"
                .contains("a deputy is booked for ‘Autumn BLA meeting’ on ")
                .doesNotContain("stands in")
                .contains("coord@alliance.org");
        Eventually.await(
                "coordinators told of the refusal",
                () -> h.postsTo("UCOORD").stream().anyMatch(p -> p.get("text").startsWith("Deputy refused")));
        assertThat(h.postsTo("UCOORD").size()).isGreaterThan(coordinatorMessages);
        assertThat(h.count("select count(*) from deputy_uses where member_id = 'beta-academy'"))
                .isEqualTo(1);
        assertThat(h.count("select count(*) from rsvps where meeting_id = 2")).isZero();
    }

    @Test
    @Order(5)
    void the_deputy_modal_shows_the_refusal_on_its_field() {
        var ack = h.submit("UBETA", "rsvp_deputy", "2", Map.of("deputy_name", "Sam Stand-in"));
        assertThat(BotHarness.errors(ack).get("deputy_name")).contains("used its deputy allowance");
        var badEmail = h.submit(
                "UALPHA",
                "rsvp_deputy",
                "2",
                new LinkedHashMap<>(Map.of("deputy_name", "Dee", "deputy_email", "not-an-email")));
        assertThat(BotHarness.errors(badEmail)).containsKey("deputy_email");
        var noName = h.submit("UALPHA", "rsvp_deputy", "2", new LinkedHashMap<>(Map.of("deputy_name", " ")));
        assertThat(BotHarness.errors(noName)).containsKey("deputy_name");
    }

    @Test
    @Order(6)
    void attendance_is_taken_after_the_meeting_and_an_absence_becomes_a_signal() {
        assertThat(h.pressForModal("UCOORD", "meeting:attendance", "1")).contains("once");

        h.clock.advance(Duration.ofDays(21));
        int opened = h.calls("views.update").size();
        h.press("UCOORD", "meeting:attendance", "1");
        Eventually.await("attendance modal", () -> h.calls("views.update").size() > opened);
        // the view as sent: Gson writes an apostrophe as \u0027
        assertThat(h.calls("views.update").get(opened).get("view").replace("\\u0027", "'"))
                .contains("att:alpha-school")
                .contains("Present (head)")
                // the deputy's name is optional and says when it is read; Beta's answer named Dee Deputy
                .contains("Alpha School: deputy's name, only for \u2018Present (deputy)\u2019")
                .contains("Leave empty if Dee Deputy, named in the answer, came.");

        // a deputy's name for an organisation present by its head, or absent, is refused on its field
        Map<String, String> nameWithoutDeputy = new LinkedHashMap<>();
        nameWithoutDeputy.put("att:alpha-school", "opt:PRESENT_HEAD");
        nameWithoutDeputy.put("dep:alpha-school", "Dee Deputy");
        nameWithoutDeputy.put("att:beta-academy", "opt:ABSENT");
        nameWithoutDeputy.put("dep:beta-academy", "Sam Stand-in");
        Map<String, String> refused =
                BotHarness.errors(h.submit("UCOORD", "meeting_attendance", "1", nameWithoutDeputy));
        assertThat(refused.get("dep:alpha-school"))
                .startsWith("A deputy's name is only for \u2018Present (deputy)\u2019");
        assertThat(refused).containsKey("dep:beta-academy");
        assertThat(h.count("select count(*) from attendance")).isZero();

        Map<String, String> noDeputyName = new LinkedHashMap<>();
        noDeputyName.put("att:alpha-school", "opt:PRESENT_DEPUTY");
        noDeputyName.put("att:beta-academy", "opt:ABSENT");
        // Alpha answered "attend", so no deputy name is known for it
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_attendance", "1", noDeputyName)))
                .containsKey("dep:alpha-school");
        assertThat(h.count("select count(*) from attendance")).isZero();

        Map<String, String> values = new LinkedHashMap<>();
        values.put("att:alpha-school", "opt:PRESENT_HEAD");
        values.put("att:beta-academy", "opt:PRESENT_DEPUTY"); // its deputy from the RSVP
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_attendance", "1", values)))
                .isEmpty();
        assertThat(h.count("select count(*) from attendance where meeting_id = 1 and carries_vote"))
                .isEqualTo(2);
        assertThat(h.count("select count(*) from attendance where deputy_name = 'Dee Deputy'"))
                .isEqualTo(1);

        Map<String, String> corrected = new LinkedHashMap<>();
        corrected.put("att:alpha-school", "opt:PRESENT_HEAD");
        corrected.put("att:beta-academy", "opt:ABSENT");
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_attendance", "1", corrected)))
                .isEmpty();
        assertThat(h.count("select count(*) from engagement_signals where member_id = 'beta-academy'"
                        + " and kind = 'MEETING_MISSED'"))
                .isEqualTo(1);
        assertThat(h.count("select count(*) from attendance where meeting_id = 1"))
                .isEqualTo(2);
    }

    @Test
    @Order(7)
    @DisplayName("A refusal after the first use's meeting was held says so in the past tense, the title set apart")
    void a_refusal_after_the_first_use_says_it_in_the_past() {
        // the clock is past the autumn meeting (Order 6); the spring meeting is still open
        String refusal = h.awaitResponse(h.command("UBETA", "rsvp 2 deputy Sam Stand-in"));
        assertThat(refusal)
                .contains("Beta Academy has used its deputy allowance for ")
                .contains("a deputy stood in at ‘Autumn BLA meeting’ on ")
                .doesNotContain("stands in")
                .doesNotContain("is booked");
    }

    @Test
    @Order(8)
    void answering_a_meeting_that_has_started_or_does_not_exist_is_refused_clearly() {
        assertThat(h.awaitResponse(h.command("UALPHA", "rsvp 1 apologies"))).contains("already started");
        assertThat(h.awaitResponse(h.command("UALPHA", "rsvp 99 attend"))).contains("no meeting #99");
        assertThat(h.awaitResponse(h.command("USTRANGER", "meetings"))).contains("can't find who@elsewhere.org");
    }
}
