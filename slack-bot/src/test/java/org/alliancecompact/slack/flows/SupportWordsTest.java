package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.alliancecompact.slack.testkit.RequestSeeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, points 6 and 7, and issue 15 for support requests, with Oldham's profile (every request brokered, no
 * committed days): profile values in words, forms that check every field at once in plain English, and a head of
 * two schools (Eve Exec, head of Alpha School and Beta Academy) who names the organisation each request and
 * evaluation is for.
 */
class SupportWordsTest {

    private static final String MEMBERS_WITH_AN_EXECUTIVE_HEAD = """
            [{"id":"alpha-school","name":"Alpha School","kind":"SCHOOL","phase":"PRIMARY","state":"FULL",
              "joinedOn":"2024-09-01","people":[
                {"email":"head@alpha.sch.uk","name":"Ann Head","role":"HEAD"},
                {"email":"exec@both.sch.uk","name":"Eve Exec","role":"HEAD"}]},
             {"id":"beta-academy","name":"Beta Academy","kind":"ACADEMY","phase":"SECONDARY","state":"FULL",
              "joinedOn":"2024-09-01","people":[
                {"email":"head@beta.sch.uk","name":"Ben Head","role":"HEAD"},
                {"email":"exec@both.sch.uk","name":"Eve Exec","role":"HEAD"}]}]
            """;

    private BotHarness h;

    @BeforeEach
    void start() {
        h = new BotHarness("oldham");
        h.plugin.stubFor(
                get(urlPathEqualTo("/rest/compact/1.0/members")).willReturn(okJson(MEMBERS_WITH_AN_EXECUTIVE_HEAD)));
        h.user("UEXEC", "exec@both.sch.uk", "Eve Exec");
        h.start();
        // warm up (a fresh JVM's first answers are slow to load): a command and a refused submission
        h.awaitResponse(h.command("UCOORD", "requests"));
        h.submit("UCOORD", "support_evaluation", "999", Map.of("rating", "opt:5", "impact", "x"));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private String memberOf(int id) {
        return h.bot.database()
                .jdbi()
                .withHandle(x -> x.createQuery("select member_id from support_requests where id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
    }

    @Test
    void a_group_is_the_group_once_even_when_its_name_begins_with_the() {
        assertThat(SupportWords.theGroup("Supporting School Improvement Group (SSIG)"))
                .isEqualTo("the Supporting School Improvement Group (SSIG)");
        assertThat(SupportWords.theGroup("The OEP School Improvement Group"))
                .isEqualTo("The OEP School Improvement Group");
        assertThat(SupportWords.theGroup("Theale Schools")).isEqualTo("the Theale Schools");
    }

    @Test
    void every_request_brokered_and_no_committed_days_are_said_in_words_never_as_zero() {
        String filed = h.awaitResponse(h.command("UALPHA", "support 1 phonics"));
        assertThat(filed)
                .isEqualTo("Your request #1 for 1 day for Alpha School has gone to the OEP School Improvement Group."
                        + " Every request is brokered first, so this one will be too.");
        Eventually.await("posted", () -> !h.postsTo(BotHarness.GROUP).isEmpty());
        assertThat(h.postsTo(BotHarness.GROUP).get(0).get("blocks"))
                .contains("*brokerage required* (every request is brokered)")
                .contains("Days: 1 day")
                .doesNotContain("more than 0")
                .doesNotContain("1 days");

        String form = h.pressForModal("UALPHA", "support:open", "open");
        assertThat(form)
                .contains("Every request is brokered first.")
                .contains("Preferred provider")
                .doesNotContain("(optional)")
                .doesNotContain("more than 0");

        h.press("UCOORD", "support:claimed", "1");
        Eventually.await(
                "claimed", () -> h.count("select count(*) from support_requests where status = 'CLAIMED'") == 1);
        assertThat(h.pressForModal("UCOORD", "support:assigned", "1"))
                .contains("Every request is brokered first: broker request #1 before assigning a provider.");

        String queue = h.awaitResponse(h.command("UCOORD", "requests"));
        assertThat(queue)
                .contains("Alpha School: no committed days; given 0 days, received 0 days")
                .doesNotContain("of 0")
                .doesNotContain("commitment met")
                .doesNotContain("outstanding");
    }

    @Test
    void the_request_form_checks_every_field_at_once_in_plain_english() {
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("focus", null);
        wrong.put("days", "0.3");
        wrong.put("provider", "opt:alpha-school");
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_request", "", wrong)))
                .containsEntry("focus", "Say what the support is for.")
                .containsEntry("days", "Ask in half days, such as 1, 1.5 or 2.")
                .containsEntry("provider", "Choose a provider other than the organisation asking for the support.");
        wrong.put("days", "60");
        wrong.put("provider", "opt:left-school");
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_request", "", wrong)))
                .containsEntry("days", "Ask for more than 0 days and at most 50 days.")
                .containsEntry(
                        "provider", "Choose a provider from the list: that organisation is not a current member.");
        assertThat(h.count("select count(*) from support_requests")).isZero();

        // the evaluation too: both fields at once, and plain refusals
        new RequestSeeder(new SupportStore(h.bot.database().jdbi()), h.clock.instant())
                .seed("alpha-school", RequestStatus.COMPLETED, "Phonics", "beta-academy");
        Map<String, String> empty = new LinkedHashMap<>();
        empty.put("rating", null);
        empty.put("impact", null);
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_evaluation", "1", empty)))
                .containsEntry("rating", "Choose a rating from 1 to 5.")
                .containsEntry("impact", "Say what difference the support made.");
        Map<String, String> good = Map.of("rating", "opt:5", "impact", "Reading improved");
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_evaluation", "1", good)))
                .isEmpty();
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_evaluation", "1", good)))
                .containsEntry("impact", "Request #1 has already been evaluated. Thank you.");
    }

    @Test
    void a_head_of_two_schools_names_the_organisation_each_request_and_evaluation_is_for() {
        String form = h.pressForModal("UEXEC", "support:open", "open");
        assertThat(form)
                .contains("Organisation the support is for")
                .contains("Alpha School")
                .contains("Beta Academy");

        Map<String, String> unnamed = new LinkedHashMap<>();
        unnamed.put("focus", null);
        unnamed.put("days", "1");
        assertThat(BotHarness.errors(h.submit("UEXEC", "support_request", "", unnamed)))
                .containsEntry(
                        "organisation",
                        "Choose the organisation the support is for: you act for Alpha School and Beta Academy.")
                .containsKey("focus");

        Map<String, String> forBeta = new LinkedHashMap<>();
        forBeta.put("organisation", "opt:beta-academy");
        forBeta.put("focus", "attendance");
        forBeta.put("days", "1");
        // one of their own schools may be the other's provider
        forBeta.put("provider", "opt:alpha-school");
        assertThat(BotHarness.errors(h.submit("UEXEC", "support_request", "", forBeta)))
                .isEmpty();
        Eventually.await("filed", () -> h.count("select count(*) from support_requests") == 1);
        assertThat(memberOf(1)).isEqualTo("beta-academy");

        assertThat(h.awaitResponse(h.command("UEXEC", "support Alpha School 1.5 phonics")))
                .startsWith("Your request #2 for 1.5 days for Alpha School");
        assertThat(memberOf(2)).isEqualTo("alpha-school");
        assertThat(h.awaitResponse(h.command("UEXEC", "support 1 phonics")))
                .isEqualTo("Choose the organisation the support is for: you act for Alpha School and Beta Academy.");
        assertThat(h.awaitResponse(h.command("UBETA", "support Alpha School 1 phonics")))
                .isEqualTo("You do not act for Alpha School, so you cannot ask for support for it. You act for Beta"
                        + " Academy.");
        assertThat(h.count("select count(*) from support_requests")).isEqualTo(2);

        // the queue of a person acting for two shows both schools' requests
        assertThat(h.awaitResponse(h.command("UEXEC", "requests")))
                .contains("Support requests of Alpha School and Beta Academy")
                .contains("attendance")
                .contains("phonics");

        // evaluations: the button carries the request; its requester's people evaluate it, not the provider's
        new RequestSeeder(new SupportStore(h.bot.database().jdbi()), h.clock.instant())
                .seed("beta-academy", RequestStatus.COMPLETED, "Governance", "alpha-school");
        Map<String, String> good = Map.of("rating", "opt:4", "impact", "Clearer minutes");
        assertThat(BotHarness.errors(h.submit("UALPHA", "support_evaluation", "3", good)))
                .containsEntry("impact", "Only the people of Beta Academy, which asked for the support, evaluate it.");
        assertThat(BotHarness.errors(h.submit("UEXEC", "support_evaluation", "3", good)))
                .isEmpty();
        assertThat(h.count("select count(*) from evaluations where request_id = 3"))
                .isEqualTo(1);
    }

    @Test
    void the_home_tab_button_of_one_organisation_opens_the_form_with_that_organisation_chosen() {
        // Beta Academy's section of the Home tab: the button's value names it (issue 15)
        String form = h.pressForModal("UEXEC", "support:open", "beta-academy");
        assertThat(form).contains("\"initial_option\"").contains("beta-academy");
        assertThat(form.substring(form.indexOf("initial_option")))
                .startsWith("initial_option\":{")
                .contains("Beta Academy");
        // a school the person does not act for is not chosen for them: the form asks
        String other = h.pressForModal("UBETA", "support:open", "alpha-school");
        assertThat(other).doesNotContain("initial_option").doesNotContain("Organisation the support is for");
    }
}
