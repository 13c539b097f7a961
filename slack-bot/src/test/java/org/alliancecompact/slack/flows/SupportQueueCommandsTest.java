package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.alliancecompact.slack.testkit.RequestSeeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, points 3 to 5, with Bolton's profile (brokered above 2 days, 9 committed days a year, Bolton 21):
 * coordinators act from the queue and by typed commands exactly as from the channel post's buttons; the requester
 * hears every move with its reason and the provider's name; the ledger counts the days given.
 */
class SupportQueueCommandsTest {

    private BotHarness h;

    @BeforeEach
    void start() {
        h = new BotHarness("bolton").start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private String status(int id) {
        return h.bot.database()
                .jdbi()
                .withHandle(x -> x.createQuery("select status from support_requests where id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
    }

    /** The command's answer: its ack when refused at once, else the first message on its response_url. */
    private String say(String user, String typed) {
        String url = h.command(user, typed);
        String ack = h.lastAck.body();
        if (ack != null && !ack.isBlank()) {
            String text = jsonText(ack);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return h.awaitResponse(url);
    }

    private static String jsonText(String body) {
        try {
            return BotHarness.JSON.readTree(body).path("text").asText();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private boolean told(String user, String text) {
        return h.postsTo(user).stream().anyMatch(p -> text.equals(p.get("text")));
    }

    @Test
    void the_coordinators_queue_carries_the_channel_posts_buttons_on_as_many_pages_as_slack_needs() {
        RequestSeeder seeder =
                new RequestSeeder(new SupportStore(h.bot.database().jdbi()), h.clock.instant());
        for (int i = 1; i <= 30; i++) {
            seeder.seed(i % 2 == 0 ? "alpha-school" : "beta-academy", RequestStatus.SUBMITTED, "Focus " + i, null);
        }
        seeder.seed("alpha-school", RequestStatus.ASSIGNED, "Assigned one", "beta-academy");

        String url = h.command("UCOORD", "requests");
        Eventually.await("every page", () -> h.responses(url).size() >= 2);
        List<JsonNode> pages = h.responses(url);
        List<String> claimButtons = new ArrayList<>();
        List<String> startButtons = new ArrayList<>();
        for (JsonNode page : pages) {
            assertThat(page.path("blocks").size()).isLessThanOrEqualTo(SlackLimits.MESSAGE_BLOCKS);
            for (JsonNode block : page.path("blocks")) {
                for (JsonNode e : block.path("elements")) {
                    if (e.path("action_id").asText().equals("support:claimed")) {
                        claimButtons.add(e.path("value").asText());
                    }
                    if (e.path("action_id").asText().equals("support:in_progress")) {
                        startButtons.add(e.path("value").asText());
                    }
                }
            }
        }
        assertThat(claimButtons).hasSize(30);
        assertThat(startButtons).containsExactly("31");
        assertThat(h.slack.refusals()).as(h.slack.describe()).isEmpty();

        // a button in the queue does what the channel post's does
        h.press("UCOORD", "support:claimed", claimButtons.get(0));
        Eventually.await(
                "claimed", () -> status(Integer.parseInt(claimButtons.get(0))).equals("CLAIMED"));
    }

    @Test
    void the_home_tabs_queue_button_shows_the_queue_with_the_channel_posts_buttons() {
        RequestSeeder seeder =
                new RequestSeeder(new SupportStore(h.bot.database().jdbi()), h.clock.instant());
        seeder.seed("alpha-school", RequestStatus.SUBMITTED, "Phonics", null);
        seeder.seed("beta-academy", RequestStatus.BROKERED, "Uniform policy", null);

        int before = h.calls("views.publish").size();
        h.homeOpened("UCOORD", "EvHomeQueue", java.util.Map.of());
        Eventually.await("the Home tab", () -> h.calls("views.publish").size() > before);
        String home = h.calls("views.publish").get(before).get("view");
        assertThat(home).contains("\"action_id\":\"home:requests\"").contains("Support queue");

        String url = h.press("UCOORD", "home:requests", "requests");
        Eventually.await("the queue", () -> !h.responses(url).isEmpty());
        List<String> moves = new ArrayList<>();
        for (JsonNode page : h.responses(url)) {
            for (JsonNode block : page.path("blocks")) {
                for (JsonNode e : block.path("elements")) {
                    moves.add(
                            e.path("action_id").asText() + " " + e.path("value").asText());
                }
            }
        }
        assertThat(moves)
                .contains("support:claimed 1", "support:declined 1", "support:assigned 2", "support:declined 2")
                .doesNotContain("support:claimed 2");
    }

    @Test
    void typed_commands_mirror_the_buttons_and_the_requester_hears_every_move_with_its_reason() {
        assertThat(say("UALPHA", "support 3 phonics in key stage 1")).contains("request #1 for 3 days");
        Eventually.await("posted", () -> !h.postsTo(BotHarness.GROUP).isEmpty());

        // "…or /alliance support for the form" read as if the form needed the words before it
        assertThat(say("UBETA", "support phonics"))
                .startsWith("Usage: type `/alliance support` on its own to open the request form, or give the request"
                        + " in one line as `/alliance support &lt;days&gt; &lt;focus&gt;`");
        // each command says what it is missing, not the usage of all six
        assertThat(say("UCOORD", "claim"))
                .isEqualTo("Give the request number: `/alliance claim &lt;request&gt;` (`/alliance requests` shows the"
                        + " numbers).");
        assertThat(say("UCOORD", "decline"))
                .startsWith("Give the request number: `/alliance decline &lt;request&gt; &lt;reason&gt;`");
        assertThat(say("UCOORD", "broker 1"))
                .isEqualTo("Add a note for the requester: `/alliance broker 1 &lt;note&gt;`");
        assertThat(say("UCOORD", "decline 6")).isEqualTo("Give a reason: `/alliance decline 6 &lt;reason&gt;`");
        assertThat(say("UCOORD", "complete #6"))
                .isEqualTo("Give the days actually given: `/alliance complete 6 &lt;days given&gt;`");
        assertThat(say("UCOORD", "start 1 now"))
                .isEqualTo("`/alliance start` takes only the request number: `/alliance start 1`");
        assertThat(say("UBETA", "claim 1")).isEqualTo("Only coordinators move support requests.");
        assertThat(say("UCOORD", "claim 9")).isEqualTo("There is no support request #9.");

        assertThat(say("UCOORD", "claim #1")).isEqualTo("Request #1 is now *claimed*.");
        Eventually.await(
                "told of the claim",
                () -> told(
                        "UALPHA",
                        "Your support request #1 (phonics in key stage 1) has been taken on by <@UCOORD>, a coordinator."));
        assertThat(say("UCOORD", "claim 1")).isEqualTo("Request #1 is already claimed.");
        assertThat(say("UCOORD", "assign 1 Beta Academy"))
                .isEqualTo("Request #1 is for 3 days, more than 2 days: broker it before assigning a provider.");

        assertThat(say("UCOORD", "broker 1 Beta's maths lead can give three days in March"))
                .isEqualTo("Request #1 is now *brokered*.");
        Eventually.await(
                "told of the brokering",
                () -> told(
                        "UALPHA",
                        "Your support request #1 (phonics in key stage 1) is being brokered by <@UCOORD>: Beta's maths lead"
                                + " can give three days in March."));

        assertThat(say("UCOORD", "assign 1 Nowhere High"))
                .isEqualTo("No current member organisation is called \u201cNowhere High\u201d.");
        assertThat(say("UCOORD", "assign 1 alpha school"))
                .isEqualTo("Choose a provider other than the organisation asking for the support.");
        assertThat(say("UCOORD", "assign 1 beta")).isEqualTo("Request #1 is now *assigned*.");
        Eventually.await(
                "told of the provider",
                () -> told(
                        "UALPHA",
                        "Your support request #1 (phonics in key stage 1) is assigned to Beta Academy, who will be in touch."));
        Eventually.await(
                "provider told",
                () -> h.postsTo("UBETA").stream()
                        .anyMatch(p -> String.valueOf(p.get("blocks")).contains("asked to support")));

        assertThat(say("UCOORD", "start 1")).isEqualTo("Request #1 is now *in progress*.");
        Eventually.await(
                "told it is under way",
                () -> told(
                        "UALPHA", "Your support request #1 (phonics in key stage 1) is under way with Beta Academy."));

        assertThat(say("UCOORD", "complete 1 50.5"))
                .isEqualTo("Write the days actually given: a number from 0 to 50, in half days (such as 1.5).");
        assertThat(say("UCOORD", "complete 1 two")).startsWith("Write the days actually given");
        assertThat(say("UCOORD", "complete 1 2")).isEqualTo("Request #1 is now *completed*.");
        Eventually.await(
                "told of completion",
                () -> told(
                        "UALPHA",
                        "Your support request #1 (phonics in key stage 1) is complete: Beta Academy gave 2 days."));
        Eventually.await(
                "the thread says what was given",
                () -> h.postsTo(BotHarness.GROUP).stream()
                        .anyMatch(p -> "<@UCOORD> completed it: Beta Academy gave 2 days of the 3 days asked for."
                                .equals(p.get("text"))));
        Eventually.await(
                "evaluation asked",
                () -> h.postsTo("UALPHA").stream()
                        .anyMatch(p -> String.valueOf(p.get("blocks")).contains("support:evaluate")));
        assertThat(h.postsTo("UALPHA").stream().map(p -> String.valueOf(p.get("blocks"))))
                .anyMatch(b -> b.contains("Support request #1 (phonics in key stage 1) for Alpha School is complete:"
                        + " please evaluate the support received."))
                .noneMatch(b -> b.contains("is welcome now"));

        // the evaluation's own words reach the coordinators, not only "4/5"
        Map<String, String> evaluation = new LinkedHashMap<>();
        evaluation.put("rating", "opt:4");
        evaluation.put("impact", "Our KS1 team now plans phonics together.\nReading scores rose.");
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_evaluation", "1", evaluation)))
                .isEmpty();
        Eventually.await(
                "comments in the thread",
                () -> h.postsTo(BotHarness.GROUP).stream()
                        .anyMatch(p -> ("Evaluated by Alpha School: 4/5 (very useful).\n"
                                        + ">Our KS1 team now plans phonics together.\n>Reading scores rose.")
                                .equals(p.get("text"))));

        // a decline's whole reason reaches the requester, however long
        // a newcomer was told "You do not act for Nowhere School" of an organisation that does not exist
        assertThat(say("UBETA", "support Nowhere School 1 maths"))
                .isEqualTo("No member organisation is called \u201cNowhere School\u201d. You act for Beta Academy.");
        assertThat(say("UBETA", "support alpha 1 maths"))
                .isEqualTo("You do not act for Alpha School, so you cannot ask for support for it. You act for Beta"
                        + " Academy.");
        assertThat(say("UBETA", "support beta 1 uniform policy")).contains("request #2");
        String reason = "The trust's own programme covers uniform policy this year, and its lead has offered to"
                + " meet your governors in the spring term to go through the new policy line by line, with the"
                + " parents' forum, so the group would only repeat that work";
        assertThat(say("UCOORD", "decline 2 " + "x".repeat(501))).startsWith("Keep it to 500 characters");
        assertThat(say("UCOORD", "decline 2 " + reason)).isEqualTo("Request #2 is now *declined*.");
        Eventually.await(
                "told of the decline",
                () -> told("UBETA", "Your support request #2 (uniform policy) is declined: " + reason + "."));
        assertThat(say("UCOORD", "claim 2")).isEqualTo("Request #2 is declined, so it cannot be claimed now.");

        // the ledger counts the 2 days given, not the 3 asked, against Bolton's 9 (Bolton 21)
        String own = say("UBETA", "requests");
        assertThat(own).contains("Beta Academy: committed 9 days, given 2 days, outstanding 7 days; received 0 days");
        h.bot.flows().sendWeeklyDigest();
        Eventually.await("digest", () -> !h.postsTo("UCOORD").isEmpty());
        String digest = String.valueOf(h.postsTo("UCOORD").get(0).get("blocks"));
        assertThat(digest)
                .contains("Support days, ")
                .contains("Alpha School: committed 9 days, given 0 days, outstanding 9 days; received 2 days")
                .contains("Beta Academy: committed 9 days, given 2 days, outstanding 7 days")
                .contains("Across the alliance: committed 18 days, given 2 days, outstanding 16 days.");
    }

    /** Found by a newcomer: "complete 5 3" on a request for 2 days was refused, so an overrun could not be recorded. */
    @Test
    void support_that_overran_what_was_asked_is_recorded_said_and_counted_in_the_ledger() {
        assertThat(say("UALPHA", "support 1 phonics")).contains("request #1 for 1 day");
        Eventually.await("posted", () -> !h.postsTo(BotHarness.GROUP).isEmpty());
        assertThat(say("UCOORD", "claim 1")).isEqualTo("Request #1 is now *claimed*.");
        assertThat(say("UCOORD", "assign 1 beta")).isEqualTo("Request #1 is now *assigned*.");
        assertThat(say("UCOORD", "start 1")).isEqualTo("Request #1 is now *in progress*.");
        assertThat(say("UCOORD", "complete 1 3")).isEqualTo("Request #1 is now *completed*.");
        Eventually.await(
                "the requester hears of the overrun",
                () -> told(
                        "UALPHA",
                        "Your support request #1 (phonics) is complete: Beta Academy gave 3 days, 2 days more than the"
                                + " 1 day asked for."));
        Eventually.await(
                "the thread says so",
                () -> h.postsTo(BotHarness.GROUP).stream()
                        .anyMatch(p ->
                                "<@UCOORD> completed it: Beta Academy gave 3 days, 2 days more than the 1 day asked for."
                                        .equals(p.get("text"))));
        assertThat(say("UCOORD", "requests")).contains("Beta Academy: committed 9 days, given 3 days");
    }

    @Test
    void the_help_lists_the_typed_moves() {
        h.command("UALPHA", "help");
        String help = jsonText(h.lastAck.body());
        assertThat(help)
                .contains("/alliance claim|start &lt;request&gt;")
                .contains("/alliance broker &lt;request&gt; &lt;note&gt;")
                .contains("/alliance assign &lt;request&gt; &lt;organisation&gt;")
                .contains("/alliance complete &lt;request&gt; &lt;days given&gt;")
                .contains("/alliance decline &lt;request&gt; &lt;reason&gt;");
    }
}
