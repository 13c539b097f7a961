package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.slack.store.EngagementStore;
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
 * The Bolton protocols' meeting rules through the bot (issue 18, findings 1, 3 and 4): deputies only at
 * BLA meetings, representation at the conference, the ladder moving as attendance is taken, and the
 * coordinators' form offering what the command accepts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllianceMeetingRulesFlowTest {
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("bolton").start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static LocalDate today() {
        return h.clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
    }

    private static void add(String kind, String title, LocalDate date) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", "opt:" + kind);
        v.put("title", title);
        v.put("date", "date:" + date);
        v.put("time", "time:09:00");
        v.put("place", "Bolton Arena");
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_add", "", v))).isEmpty();
    }

    @Test
    @Order(1)
    @DisplayName("Bolton 32 and 33: a deputy at the conference does not use the allowance and is not told they"
            + " vote; the next BLA meeting's deputy does and is")
    void conferenceDeputiesAreNotBlaDeputies() {
        add("CONFERENCE", "BLA Conference 2027", today().plusDays(10));
        add("ALLIANCE_MEETING", "Spring BLA meeting", today().plusDays(20));

        String atConference = h.awaitResponse(h.command("UBETA", "rsvp 1 deputy Sam Stand-in"));
        assertThat(atConference)
                .contains("does not use your deputy allowance")
                .contains("The deputy does not vote.")
                .doesNotContain("votes for your organisation");

        String atBla = h.awaitResponse(h.command("UBETA", "rsvp 2 deputy Sam Stand-in"));
        assertThat(atBla)
                .contains("This is Beta Academy's 1st of 1 deputy at alliance meetings this academic year (20")
                .contains("The deputy votes for Beta Academy.")
                .doesNotContain("deputy use")
                .doesNotContain("for you:");
    }

    @Test
    @Order(2)
    @DisplayName("Bolton 28: 'We will ensure our school is represented at the BLA Conference' — the coordinators"
            + " hear who was not, and the ladder moves at once")
    void unrepresentedSchoolsAreListedAndTheLadderMovesNow() {
        // Alpha missed a BLA meeting last month; missing the conference too is its second miss: level 1.
        new EngagementStore(h.bot.database().jdbi())
                .add(
                        new Signal(
                                "alpha-school",
                                SignalKind.MEETING_MISSED,
                                h.clock.instant().minus(Duration.ofDays(30)),
                                "Autumn BLA meeting"),
                        "missed:old:alpha-school");
        h.clock.advance(Duration.ofDays(11));
        int coordinatorPosts = h.postsTo("UCOORD").size();

        Map<String, String> values = new LinkedHashMap<>();
        values.put("att:alpha-school", "opt:ABSENT_WITH_APOLOGIES");
        values.put("att:beta-academy", "opt:PRESENT_DEPUTY");
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_attendance", "1", values)))
                .isEmpty();

        Eventually.await(
                "coordinators told who was not represented",
                () -> h.postsTo("UCOORD").stream()
                        .skip(coordinatorPosts)
                        .anyMatch(p -> p.get("text").startsWith("Not represented at")));
        String told = h.postsTo("UCOORD").stream()
                .skip(coordinatorPosts)
                .filter(p -> p.get("text").startsWith("Not represented at"))
                .findFirst()
                .orElseThrow()
                .get("blocks");
        assertThat(told).contains("Alpha School").doesNotContain("Beta Academy");
        assertThat(h.count("select count(*) from engagement_signals where member_id = 'alpha-school'"
                        + " and kind = 'MEETING_MISSED' and detail = 'not represented at BLA Conference 2027'"))
                .isEqualTo(1);
        // No daily job has run: the level moved because attendance was taken.
        Eventually.await(
                "level 1 at once",
                () -> h.count("select coalesce(max(level), 0) from engagement_levels where member_id = 'alpha-school'")
                        == 1);
        // The conference deputy does not vote (Bolton 33: "at a BLA meeting").
        assertThat(h.count("select count(*) from attendance where member_id = 'beta-academy' and carries_vote"))
                .isZero();
    }

    @Test
    @Order(3)
    @DisplayName("Correcting attendance judges from the level the school had when the meeting began, and the ladder"
            + " follows at once")
    void correctingAttendance() {
        Map<String, String> present = new LinkedHashMap<>();
        present.put("att:alpha-school", "opt:PRESENT_HEAD");
        present.put("att:beta-academy", "opt:PRESENT_DEPUTY");
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_attendance", "1", present)))
                .isEmpty();
        // Alpha was engaged when the conference began (one earlier miss): attending resumes nothing.
        assertThat(h.count("select count(*) from engagement_signals where member_id = 'alpha-school'"
                        + " and kind = 'ENGAGEMENT_RESUMED'"))
                .isZero();
        Eventually.await(
                "back to level 0 at once",
                () -> h.count("select coalesce(max(level), 0) from engagement_levels where member_id = 'alpha-school'")
                        == 0);

        Map<String, String> apologies = new LinkedHashMap<>(present);
        apologies.put("att:alpha-school", "opt:ABSENT_WITH_APOLOGIES");
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_attendance", "1", apologies)))
                .isEmpty();
        Eventually.await(
                "level 1 again",
                () -> h.count("select coalesce(max(level), 0) from engagement_levels where member_id = 'alpha-school'")
                        == 1);
    }

    @Test
    @Order(4)
    @DisplayName("The coordinators' form offers every signal the command accepts, 'missed' included")
    void theFormOffersWhatTheCommandAccepts() {
        assertThat(EngagementFlow.RECORDABLE.keySet())
                .containsExactlyInAnyOrderElementsOf(EngagementRecords.VERBS.values());
        int opened = h.calls("views.update").size();
        h.press("UCOORD", "engagement:record", "record");
        Eventually.await("signal modal", () -> h.calls("views.update").size() > opened);
        assertThat(h.calls("views.update").get(opened).get("view")).contains("MEETING_MISSED");

        Map<String, String> missed = new LinkedHashMap<>();
        missed.put("organisation", "opt:beta-academy");
        missed.put("kind", "opt:MEETING_MISSED");
        missed.put("date", "date:" + today().minusDays(3));
        assertThat(BotHarness.errors(h.submit("UCOORD", "engagement_signal", "", missed)))
                .isEmpty();
        assertThat(h.count("select count(*) from engagement_signals where member_id = 'beta-academy'"
                        + " and kind = 'MEETING_MISSED'"))
                .isEqualTo(1);
    }
}
