package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.slack.store.EngagementStore;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The disengagement ladder (Bolton: two missed meetings reach level 1) and the MOU status and reminder. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngagementAndMouFlowTest {
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("bolton").start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static long nudges(String user) {
        return h.postsTo(user).stream()
                .filter(p -> p.get("text").startsWith("Engagement:"))
                .count();
    }

    private static int reports(int level) {
        return h.plugin
                .findAll(postRequestedFor(urlPathEqualTo("/rest/compact/1.0/engagement"))
                        .withRequestBody(
                                equalToJson("{\"memberId\":\"beta-academy\",\"level\":" + level + "}", true, true)))
                .size();
    }

    @Test
    @Order(1)
    void two_missed_meetings_reach_level_1_the_plugin_is_told_and_the_level_s_people_are_nudged_once() {
        EngagementStore store = new EngagementStore(h.bot.database().jdbi());
        Instant now = h.clock.instant();
        store.add(
                new Signal("beta-academy", SignalKind.MEETING_MISSED, now.minus(Duration.ofDays(30)), "BLA meeting"),
                "missed:a");
        store.add(
                new Signal("beta-academy", SignalKind.MEETING_MISSED, now.minus(Duration.ofDays(10)), "BLA meeting"),
                "missed:b");
        // the same cause twice is one signal
        assertThat(store.add(new Signal("beta-academy", SignalKind.MEETING_MISSED, now, "x"), "missed:b"))
                .isFalse();

        h.bot.flows().recomputeEngagement();
        assertThat(h.count("select level from engagement_levels where member_id = 'beta-academy'"))
                .isEqualTo(1);
        assertThat(h.count("select level from engagement_levels where member_id = 'alpha-school'"))
                .isZero();
        Eventually.await("level pushed to the plugin", () -> reports(1) == 1);
        h.plugin.verify(postRequestedFor(urlPathEqualTo("/rest/compact/1.0/engagement"))
                .withHeader("X-Atlassian-Token", equalTo("no-check")));
        assertThat(nudges("UBETA")).isEqualTo(1); // the school leader
        assertThat(nudges("UCOORD")).isEqualTo(1); // the partnership leader (coordinators when none is named)
        assertThat(nudges("UALPHA")).isZero();
        assertThat(h.postsTo("UBETA").get(0).get("blocks")).contains("has not taken part in recent BLA work");

        h.bot.flows().recomputeEngagement();
        assertThat(nudges("UBETA")).isEqualTo(1);
        assertThat(nudges("UCOORD")).isEqualTo(1);
        assertThat(reports(1)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void engagement_is_shown_to_coordinators_for_all_and_to_members_for_their_own() {
        assertThat(h.awaitResponse(h.command("UCOORD", "engagement")))
                .contains("Beta Academy*: level 1")
                .contains("Alpha School*: engaged");
        assertThat(h.awaitResponse(h.command("UCOORD", "engagement beta academy")))
                .contains("level 1")
                .doesNotContain("Alpha");
        assertThat(h.awaitResponse(h.command("UBETA", "engagement"))).contains("Beta Academy*: level 1");
        assertThat(h.awaitResponse(h.command("UBETA", "engagement alpha-school")))
                .contains("own organisation");
        assertThat(h.awaitResponse(h.command("UCOORD", "engagement Nowhere High")))
                .contains("No member organisation");
    }

    @Test
    @Order(3)
    void engagement_resumed_steps_the_level_down_and_the_plugin_is_told() {
        new EngagementStore(h.bot.database().jdbi())
                .add(
                        new Signal("beta-academy", SignalKind.ENGAGEMENT_RESUMED, h.clock.instant(), "attended"),
                        "resumed:x");
        h.clock.advance(Duration.ofMinutes(1));
        h.bot.flows().recomputeEngagement();
        assertThat(h.count("select level from engagement_levels where member_id = 'beta-academy'"))
                .isZero();
        Eventually.await("level 0 pushed", () -> reports(0) == 1);
        assertThat(nudges("UBETA")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void the_weekly_digest_goes_to_coordinators_once_a_week() {
        h.bot.flows().sendWeeklyDigest();
        h.bot.flows().sendWeeklyDigest();
        assertThat(h.postsTo("UCOORD").stream().filter(p -> p.get("text").startsWith("Weekly digest")))
                .hasSize(1);
        // the week as people name it, not "2026-W49"
        java.time.LocalDate monday = h.clock
                .instant()
                .atZone(h.profile.timeZone())
                .toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        assertThat(h.postsTo("UCOORD").stream().map(p -> p.get("text")))
                .contains("Weekly digest, week beginning "
                        + monday.format(
                                java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK)));
    }

    @Test
    @Order(5)
    void a_member_sees_its_mou_status_read_with_its_own_visibility() {
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/mou/status/alpha-school"))
                .willReturn(okJson(
                        "{\"memberId\":\"alpha-school\",\"memberName\":\"Alpha School\",\"status\":\"PARTLY_SIGNED\","
                                + "\"signedRoles\":[\"HEAD\"],\"missingRoles\":[\"CHAIR\"]}")));
        String text = h.awaitResponse(h.command("UALPHA", "mou"));
        assertThat(text)
                .contains("partly signed")
                .contains("Still to sign: chair")
                .contains("https://wiki.example.org/display/MOU");
        h.plugin.verify(getRequestedFor(urlPathEqualTo("/rest/compact/1.0/mou/status/alpha-school"))
                .withQueryParam("viewer", equalTo("head@alpha.sch.uk")));
    }

    @Test
    @Order(6)
    void after_the_annual_review_unsigned_organisations_are_reminded_once() {
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/mou/current"))
                .willReturn(okJson("{\"id\":\"ed-2\",\"number\":2,\"title\":\"BLA Protocols 2026\",\"sections\":[],"
                        + "\"effectiveDate\":\"2026-09-01\",\"reviewDate\":\"2027-09-01\",\"fingerprint\":\"abc\"}")));
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/mou/status"))
                .willReturn(okJson("{\"editionId\":\"ed-2\",\"editionNumber\":2,\"members\":["
                        + "{\"memberId\":\"alpha-school\",\"memberName\":\"Alpha School\",\"status\":\"PARTLY_SIGNED\","
                        + "\"signedRoles\":[\"HEAD\"],\"missingRoles\":[\"CHAIR\"]},"
                        + "{\"memberId\":\"beta-academy\",\"memberName\":\"Beta Academy\",\"status\":\"SIGNED\","
                        + "\"signedRoles\":[\"HEAD\",\"CHAIR\"],\"missingRoles\":[]}],"
                        + "\"counts\":{\"SIGNED\":1,\"PARTLY_SIGNED\":1}}")));
        h.bot.flows().remindUnsignedMou();
        h.bot.flows().remindUnsignedMou();
        assertThat(h.postsTo("UALPHACHAIR")).hasSize(1);
        assertThat(h.postsTo("UALPHACHAIR").get(0).get("blocks"))
                .contains("Please sign as chair")
                .contains("https://wiki.example.org/display/MOU");
        assertThat(h.postsTo("UALPHA").stream().filter(p -> p.get("text").contains("sign the MOU")))
                .isEmpty();
        assertThat(h.awaitResponse(h.command("UCOORD", "mou"))).contains("MOU edition 2");
    }

    @Test
    @Order(7)
    void a_coordinator_records_overdue_documentation_and_the_ladder_moves_to_level_2() {
        assertThat(h.pressForModal("UALPHA", "engagement:record", "record")).contains("Only coordinators");
        int opened = h.calls("views.update").size();
        h.press("UCOORD", "engagement:record", "record");
        Eventually.await("signal modal", () -> h.calls("views.update").size() > opened);
        assertThat(h.calls("views.update").get(opened).get("view")).contains("Documentation overdue");

        java.time.LocalDate today =
                h.clock.instant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        java.util.Map<String, String> future = new java.util.LinkedHashMap<>();
        future.put("organisation", "opt:alpha-school");
        future.put("kind", "opt:DOCUMENTATION_OVERDUE");
        future.put("date", "date:" + today.plusDays(3));
        assertThat(BotHarness.errors(h.submit("UCOORD", "engagement_signal", "", future)))
                .containsKey("date");
        java.util.Map<String, String> noKind = new java.util.LinkedHashMap<>(future);
        noKind.put("kind", null);
        noKind.put("date", "date:" + today.minusDays(20));
        assertThat(BotHarness.errors(h.submit("UCOORD", "engagement_signal", "", noKind)))
                .containsKey("kind");
        assertThat(h.count("select count(*) from engagement_signals where member_id = 'alpha-school'"))
                .isZero();

        java.util.Map<String, String> good = new java.util.LinkedHashMap<>(future);
        good.put("date", "date:" + today.minusDays(20)); // Bolton allows 14 days
        assertThat(BotHarness.errors(h.submit("UCOORD", "engagement_signal", "", good)))
                .isEmpty();
        Eventually.await(
                "level 2",
                () -> h.count("select coalesce(max(level), 0) from engagement_levels where member_id = 'alpha-school'")
                        == 2);
        Eventually.await(
                "chair told at level 2",
                () -> h.postsTo("UALPHACHAIR").stream()
                        .anyMatch(p -> p.get("text").startsWith("Engagement:")));
    }
}
