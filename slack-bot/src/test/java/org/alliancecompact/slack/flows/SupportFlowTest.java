package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Support requests end to end with the Exceed profile (brokerage above two days): filing, the group
 * channel post with priority and brokerage flag, claim / broker / assign / start / complete, the plugin
 * pushes, evaluation and its chaser, and Confluence being down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportFlowTest {
    /** The ts of the request's message in the support channel (its thread). */
    private String threadOf(int id) {
        return h.bot.database()
                .jdbi()
                .withHandle(hd -> hd.createQuery("select thread_ts from support_requests where id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
    }

    private static final String GROUP = "CGROUP01";
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("exceed").start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static String status(int id) {
        return h.bot.database()
                .jdbi()
                .withHandle(x -> x.createQuery("select status from support_requests where id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
    }

    @Test
    @Order(1)
    void a_request_goes_to_the_group_channel_with_priority_from_the_register() {
        String url = h.command("UALPHA", "support 2 phonics in key stage 1");
        assertThat(h.lastAck.statusCode()).isEqualTo(200);
        assertThat(h.awaitResponse(url)).contains("request #1 for 2 days").doesNotContain("brokered first");
        Eventually.await("group post", () -> !h.postsTo(GROUP).isEmpty());
        String blocks = h.postsTo(GROUP).get(0).get("blocks");
        assertThat(blocks)
                .contains("Alpha School")
                .contains("priority 1 (intensive)")
                .contains("support:claimed")
                .doesNotContain("brokerage required");
    }

    @Test
    @Order(2)
    void a_request_over_the_threshold_is_flagged_for_brokerage() {
        String url = h.command("UBETA", "support 3 maths leadership");
        assertThat(h.awaitResponse(url)).contains("brokered first");
        Eventually.await("second group post", () -> h.postsTo(GROUP).size() >= 2);
        assertThat(h.postsTo(GROUP).get(1).get("blocks"))
                .contains("brokerage required")
                .contains("priority 4");
    }

    @Test
    @Order(3)
    void bad_input_in_the_command_and_the_modal_is_answered_and_nothing_is_stored() throws Exception {
        assertThat(h.awaitResponse(h.command("UALPHA", "support abc phonics"))).contains("Write the days as a number");
        assertThat(h.awaitResponse(h.command("UALPHA", "support 0.3 phonics"))).contains("Ask in half days");
        assertThat(h.awaitResponse(h.command("UALPHA", "support 99 phonics"))).contains("at most 50");
        h.command("UALPHA", "support 2");
        assertThat(BotHarness.JSON.readTree(h.lastAck.body()).path("text").asText())
                .contains("give the request in one line as `/alliance support &lt;days&gt; &lt;focus&gt;`");

        Map<String, String> emptyFocus = new LinkedHashMap<>();
        emptyFocus.put("focus", null);
        emptyFocus.put("days", "1");
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_request", "", emptyFocus)))
                .containsKey("focus");
        Map<String, String> self = new LinkedHashMap<>();
        self.put("focus", "reading");
        self.put("days", "1");
        self.put("provider", "opt:alpha-school");
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_request", "", self)))
                .containsKey("provider");
        Map<String, String> notANumber = new LinkedHashMap<>();
        notANumber.put("focus", "reading");
        notANumber.put("days", "two");
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_request", "", notANumber)))
                .containsKey("days");
        // a coordinator who belongs to no member cannot file
        Map<String, String> good = new LinkedHashMap<>();
        good.put("focus", "reading");
        good.put("days", "1");
        assertThat(BotHarness.errors(h.submit("UCOORD", "support_request", "", good)))
                .isNotEmpty();
        assertThat(h.count("select count(*) from support_requests")).isEqualTo(2);
    }

    @Test
    @Order(4)
    void only_coordinators_claim_and_brokerage_comes_before_assignment() {
        assertThat(h.awaitResponse(h.press("UALPHA", "support:claimed", "2"))).contains("Only coordinators");
        assertThat(status(2)).isEqualTo("SUBMITTED");

        int updates = h.calls("chat.update").size();
        h.press("UCOORD", "support:claimed", "2");
        Eventually.await("claimed", () -> status(2).equals("CLAIMED"));
        Eventually.await("message updated", () -> h.calls("chat.update").size() > updates);
        Eventually.await(
                "thread post",
                () -> h.postsTo(GROUP).stream().anyMatch(p -> threadOf(2).equals(p.get("thread_ts"))));

        assertThat(h.pressForModal("UCOORD", "support:assigned", "2"))
                .contains("Request #2 is for 3 days, more than 2 days: broker it before assigning a provider.");
        assertThat(h.pressForModal("UCOORD", "support:brokered", "2")).contains("support_broker");
        assertThat(BotHarness.errors(h.submit("UCOORD", "support_broker", "2", blankNote())))
                .containsKey("note");
        assertThat(BotHarness.errors(h.submit(
                        "UCOORD", "support_broker", "2", Map.of("note", "Alpha School's maths lead has time"))))
                .isEmpty();
        Eventually.await("brokered", () -> status(2).equals("BROKERED"));
        int opened = h.calls("views.update").size();
        h.press("UCOORD", "support:assigned", "2");
        Eventually.await("assign modal", () -> h.calls("views.update").size() > opened);
        assertThat(h.calls("views.update").get(opened).get("view"))
                .contains("support_assign")
                .contains("Alpha School");
    }

    @Test
    @Order(5)
    void assigning_a_provider_tells_it_and_grants_sight_of_the_register_row() {
        assertThat(BotHarness.errors(h.submit("UCOORD", "support_assign", "2", Map.of("provider", "opt:beta-academy"))))
                .containsKey("provider"); // the requester cannot support itself
        assertThat(BotHarness.errors(h.submit("UCOORD", "support_assign", "2", Map.of("provider", "opt:alpha-school"))))
                .isEmpty();
        Eventually.await("assigned", () -> status(2).equals("ASSIGNED"));
        Eventually.await(
                "pushed to the plugin",
                () -> !h.plugin
                        .findAll(putRequestedFor(urlPathEqualTo("/rest/compact/1.0/support-assignments/2")))
                        .isEmpty());
        h.plugin.verify(putRequestedFor(urlPathEqualTo("/rest/compact/1.0/support-assignments/2"))
                .withHeader("Authorization", equalTo("Bearer plugin-token"))
                .withHeader("X-Atlassian-Token", equalTo("no-check"))
                .withRequestBody(
                        equalToJson("{\"providerMemberId\":\"alpha-school\",\"recipientMemberId\":\"beta-academy\","
                                + "\"state\":\"ACTIVE\"}")));
        Eventually.await(
                "provider told",
                () -> h.postsTo("UALPHA").stream()
                        .anyMatch(
                                p -> p.get("blocks") != null && p.get("blocks").contains("asked to support")));
    }

    @Test
    @Order(6)
    void completing_ends_the_assignment_and_asks_for_an_evaluation() {
        h.press("UCOORD", "support:in_progress", "2");
        Eventually.await("in progress", () -> status(2).equals("IN_PROGRESS"));
        assertThat(h.pressForModal("UCOORD", "support:completed", "2"))
                .contains("support_complete")
                .contains("Days actually given (3 days asked; 0 to 50 days, in half days)");
        assertThat(BotHarness.errors(h.submit("UCOORD", "support_complete", "2", Map.of("days_given", "50.5"))))
                .containsEntry(
                        "days_given",
                        "Write the days actually given: a number from 0 to 50, in half days (such as 1.5).");
        assertThat(BotHarness.errors(h.submit("UCOORD", "support_complete", "2", Map.of("days_given", "2.5"))))
                .isEmpty();
        Eventually.await("completed", () -> status(2).equals("COMPLETED"));
        assertThat(h.count("select count(*) from support_requests where id = 2 and days_given = 2.5"))
                .isEqualTo(1);
        Eventually.await(
                "ENDED pushed",
                () -> !h.plugin
                        .findAll(putRequestedFor(urlPathEqualTo("/rest/compact/1.0/support-assignments/2"))
                                .withRequestBody(equalToJson("{\"providerMemberId\":\"alpha-school\","
                                        + "\"recipientMemberId\":\"beta-academy\",\"state\":\"ENDED\"}")))
                        .isEmpty());
        Eventually.await(
                "evaluation asked",
                () -> h.postsTo("UBETA").stream()
                        .anyMatch(
                                p -> p.get("blocks") != null && p.get("blocks").contains("support:evaluate")));
    }

    @Test
    @Order(7)
    void the_evaluation_modal_checks_its_fields_and_is_returned_once() {
        Map<String, String> noRating = new LinkedHashMap<>();
        noRating.put("rating", null);
        noRating.put("impact", "Better maths teaching");
        assertThat(BotHarness.errors(h.submit("UBETA", "support_evaluation", "2", noRating)))
                .containsKey("rating");
        Map<String, String> noImpact = new LinkedHashMap<>();
        noImpact.put("rating", "opt:4");
        noImpact.put("impact", null);
        assertThat(BotHarness.errors(h.submit("UBETA", "support_evaluation", "2", noImpact)))
                .containsKey("impact");
        Map<String, String> good = new LinkedHashMap<>();
        good.put("rating", "opt:4");
        good.put("impact", "Better maths teaching");
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_evaluation", "2", good)))
                .isNotEmpty();
        assertThat(BotHarness.errors(h.submit("UBETA", "support_evaluation", "2", good)))
                .isEmpty();
        assertThat(status(2)).isEqualTo("EVALUATED");
        assertThat(h.count("select count(*) from evaluations where request_id = 2 and rating = 4"))
                .isEqualTo(1);
        assertThat(BotHarness.errors(h.submit("UBETA", "support_evaluation", "2", good)))
                .isNotEmpty();
        assertThat(h.count("select count(*) from evaluations")).isEqualTo(1);
    }

    @Test
    @Order(8)
    void pushes_made_while_confluence_is_down_are_kept_and_delivered_later() {
        h.plugin.stubFor(put(urlPathMatching("/rest/compact/1.0/support-assignments/.*"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        h.press("UCOORD", "support:claimed", "1");
        Eventually.await("claimed", () -> status(1).equals("CLAIMED"));
        h.submit("UCOORD", "support_assign", "1", Map.of("provider", "opt:beta-academy"));
        Eventually.await("assigned", () -> status(1).equals("ASSIGNED"));
        Eventually.await(
                "push attempted and kept",
                () -> h.count("select count(*) from outbox where sent_at is null and attempts > 0") == 1);

        h.plugin.stubFor(
                put(urlPathMatching("/rest/compact/1.0/support-assignments/.*")).willReturn(okJson("{}")));
        // Retries back off; moving the clock past each delay, the push gets through once Confluence is back
        // (the scheduler's own retry job may be the one that delivers it).
        Eventually.await("delivered", () -> {
            h.clock.advance(Duration.ofHours(2));
            h.bot.flows().retryPluginPushes();
            return h.count("select count(*) from outbox where sent_at is null") == 0;
        });
        h.plugin.verify(putRequestedFor(urlPathEqualTo("/rest/compact/1.0/support-assignments/1"))
                .withRequestBody(
                        equalToJson("{\"providerMemberId\":\"beta-academy\",\"recipientMemberId\":\"alpha-school\","
                                + "\"state\":\"ACTIVE\"}")));
    }

    @Test
    @Order(9)
    void an_unreturned_evaluation_is_chased_once_and_counts_on_the_ladder() {
        h.press("UCOORD", "support:in_progress", "1");
        Eventually.await("in progress", () -> status(1).equals("IN_PROGRESS"));
        h.submit("UCOORD", "support_complete", "1", Map.of("days_given", "2"));
        Eventually.await("completed", () -> status(1).equals("COMPLETED"));
        h.bot.flows().chaseEvaluations();
        assertThat(h.count("select count(*) from nudges_sent where dedupe_key like 'evaluation-chaser:%'"))
                .isZero();

        h.clock.advance(Duration.ofDays(15));
        h.bot.flows().chaseEvaluations();
        h.bot.flows().chaseEvaluations();
        assertThat(h.count("select count(*) from nudges_sent where dedupe_key = 'evaluation-chaser:1'"))
                .isEqualTo(1);
        assertThat(h.postsTo("UALPHA").stream().filter(p -> p.get("text").startsWith("Reminder: your evaluation")))
                .hasSize(1);
        assertThat(h.count("select count(*) from engagement_signals where kind = 'EVALUATION_NOT_RETURNED'"
                        + " and member_id = 'alpha-school'"))
                .isEqualTo(1);
    }

    @Test
    @Order(10)
    void coordinators_see_the_queue_by_priority_with_the_days_ledger() {
        h.command("UBETA", "support 1 attendance");
        h.command("UALPHA", "support 1.5 writing");
        Eventually.await("filed", () -> h.count("select count(*) from support_requests") == 4);
        String text = h.awaitResponse(h.command("UCOORD", "requests"));
        assertThat(text.indexOf("Alpha School — writing")).isLessThan(text.indexOf("Beta Academy — attendance"));
        // Exceed fixes no committed days: said in words, and the days given (2.5 of the 3 asked) are counted
        assertThat(text)
                .contains("Days given, ")
                .contains("Alpha School: no committed days; given 2.5 days")
                .doesNotContain("of 0")
                .doesNotContain("commitment met");
        String own = h.awaitResponse(h.command("UBETA", "requests"));
        assertThat(own).contains("attendance").doesNotContain("writing");
    }

    @Test
    @Order(11)
    void filing_works_while_confluence_is_down_and_says_the_priority_comes_later() {
        h.plugin.stubFor(
                com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/rest/compact/1.0/register"))
                        .willReturn(aResponse().withStatus(503)));
        h.plugin.stubFor(
                com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching("/rest/compact/1.0/mou/.*"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(h.awaitResponse(h.command("UALPHA", "support 1 governance")))
                .contains("Confluence could not be reached, so the request has no priority from the register yet; a"
                        + " coordinator sees it as \u201cno category on the register\u201d.")
                .doesNotContain("will be set later");
        assertThat(h.awaitResponse(h.command("UALPHA", "mou"))).contains("Confluence is not reachable");
    }

    @Test
    @Order(12)
    void a_coordinator_declines_with_a_reason_the_requester_is_told_and_a_blank_reason_is_refused() {
        h.command("UBETA", "support 1 uniform policy");
        Eventually.await("filed", () -> h.count("select count(*) from support_requests") == 6);
        int opened = h.calls("views.update").size();
        h.press("UCOORD", "support:declined", "6");
        Eventually.await("decline modal", () -> h.calls("views.update").size() > opened);
        Map<String, String> blank = new LinkedHashMap<>();
        blank.put("reason", null);
        assertThat(BotHarness.errors(h.submit("UCOORD", "support_decline", "6", blank)))
                .containsKey("reason");
        assertThat(BotHarness.errors(h.submit("UBETA", "support_decline", "6", Map.of("reason", "no"))))
                .isNotEmpty();
        assertThat(status(6)).isEqualTo("SUBMITTED");
        assertThat(BotHarness.errors(h.submit(
                        "UCOORD", "support_decline", "6", Map.of("reason", "Covered by the trust's own programme"))))
                .isEmpty();
        Eventually.await("declined", () -> status(6).equals("DECLINED"));
        Eventually.await(
                "requester told",
                () -> h.postsTo("UBETA").stream()
                        .anyMatch(p -> p.get("text")
                                .equals("Your support request #6 (uniform policy) is declined: Covered by the"
                                        + " trust's own programme.")));
        assertThat(h.awaitResponse(h.press("UCOORD", "support:claimed", "6")))
                .isEqualTo("Request #6 is declined, so it cannot be claimed now.");
    }

    private static Map<String, String> blankNote() {
        Map<String, String> blank = new LinkedHashMap<>();
        blank.put("note", null);
        return blank;
    }
}
