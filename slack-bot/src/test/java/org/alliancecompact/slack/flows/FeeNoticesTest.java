package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Unpaid fees in the coordinators' weekly digest and on the member's Home tab (issue 18, finding 5; Bolton 25:
 * "We will pay £3000 per year to support the operation of the SSIG"), read from the plugin's GET /fees; an
 * alliance without a fee hears nothing about fees.
 */
class FeeNoticesTest {

    private static final String FEES = "/rest/compact/1.0/fees";

    /**
     * Alpha owes all of it after 1 November; Beta has paid; Gamma (a hostile name) owes part; Delta (a joiner)
     * and Epsilon (part paid) owe a fee not yet due; Zeta has left and owes nothing.
     */
    private static final String ALL = """
            {"academicYear":"2026/27","annualFeePence":300000,"organisations":[
              {"memberId":"alpha-school","memberName":"Alpha School","academicYear":"2026/27","state":"OVERDUE",
               "duePence":300000,"paidPence":0,"outstandingPence":300000,"dueBy":"2026-11-01","payments":[]},
              {"memberId":"beta-academy","memberName":"Beta Academy","academicYear":"2026/27","state":"PAID",
               "duePence":300000,"paidPence":300000,"outstandingPence":0,"dueBy":"2026-11-01","payments":[]},
              {"memberId":"gamma","memberName":"Gamma <!channel> & Sons","academicYear":"2026/27","state":"OVERDUE",
               "duePence":300000,"paidPence":100000,"outstandingPence":200000,"dueBy":"2026-11-01","payments":[]},
              {"memberId":"delta","memberName":"Delta Primary","academicYear":"2026/27","state":"NOT_YET_DUE",
               "duePence":150000,"paidPence":0,"outstandingPence":150000,"dueBy":"2027-01-15","payments":[]},
              {"memberId":"epsilon","memberName":"Epsilon College","academicYear":"2026/27","state":"NOT_YET_DUE",
               "duePence":300000,"paidPence":50000,"outstandingPence":250000,"dueBy":"2027-02-01","payments":[]},
              {"memberId":"zeta","memberName":"Zeta Left","academicYear":"2026/27","state":"NOT_OWED",
               "duePence":0,"paidPence":0,"outstandingPence":0,"dueBy":"2026-11-01","payments":[]}]}
            """;

    /** Early in the year: nothing is overdue yet; Alpha has not paid, Beta has. */
    private static final String SEPTEMBER = """
            {"academicYear":"2027/28","annualFeePence":300000,"organisations":[
              {"memberId":"alpha-school","memberName":"Alpha School","academicYear":"2027/28","state":"NOT_YET_DUE",
               "duePence":300000,"paidPence":0,"outstandingPence":300000,"dueBy":"2027-11-01","payments":[]},
              {"memberId":"beta-academy","memberName":"Beta Academy","academicYear":"2027/28","state":"PAID",
               "duePence":300000,"paidPence":300000,"outstandingPence":0,"dueBy":"2027-11-01","payments":[]}]}
            """;

    private static final String ALPHA = """
            {"academicYear":"2026/27","annualFeePence":300000,"organisations":[
              {"memberId":"alpha-school","memberName":"Alpha School","academicYear":"2026/27","state":"OVERDUE",
               "duePence":300000,"paidPence":0,"outstandingPence":300000,"dueBy":"2026-11-01","payments":[]}]}
            """;

    private static final String BETA = """
            {"academicYear":"2026/27","annualFeePence":300000,"organisations":[
              {"memberId":"beta-academy","memberName":"Beta Academy","academicYear":"2026/27","state":"PAID",
               "duePence":300000,"paidPence":300000,"outstandingPence":0,"dueBy":"2026-11-01","payments":[]}]}
            """;

    private BotHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private void stubFees() {
        h.plugin.stubFor(
                get(urlPathEqualTo(FEES)).withQueryParam("viewer", absent()).willReturn(okJson(ALL)));
        h.plugin.stubFor(get(urlPathEqualTo(FEES))
                .withQueryParam("viewer", equalTo("head@alpha.sch.uk"))
                .willReturn(okJson(ALPHA)));
        h.plugin.stubFor(get(urlPathEqualTo(FEES))
                .withQueryParam("viewer", equalTo("head@beta.sch.uk"))
                .willReturn(okJson(BETA)));
    }

    private String digest() {
        h.bot.flows().sendWeeklyDigest();
        List<Map<String, String>> posts = h.postsTo("UCOORD").stream()
                .filter(p -> p.get("text").startsWith("Weekly digest"))
                .toList();
        assertThat(posts).isNotEmpty();
        // the texts of the posted blocks, as Slack reads them (the wire form escapes & as \\u0026)
        StringBuilder texts = new StringBuilder();
        for (Map<String, String> p : posts) {
            try {
                BotHarness.JSON
                        .readTree(p.get("blocks"))
                        .findValues("text")
                        .forEach(t -> texts.append(t.path("text").asText()).append('\n'));
            } catch (java.io.IOException e) {
                throw new AssertionError("blocks are not JSON: " + p.get("blocks"), e);
            }
        }
        return texts.toString();
    }

    /** The digest's fee section: from its heading to the blank line after it. */
    private static String feeSection(String digest) {
        int start = digest.indexOf("*Annual fees");
        assertThat(start).as(digest).isNotNegative();
        int end = digest.indexOf("\n\n", start);
        return digest.substring(start, end < 0 ? digest.length() : end);
    }

    private String home(String user, String eventId) {
        int before = h.calls("views.publish").size();
        h.homeOpened(user, eventId, Map.of());
        Eventually.await("home published", () -> h.calls("views.publish").size() > before);
        return h.calls("views.publish").get(before).get("view");
    }

    @Test
    @DisplayName("Bolton 25: 'We will pay £3000 per year' — the coordinators' digest says which fees are overdue"
            + " (unpaid after their due date) and which are not yet due, each counted and listed under its own"
            + " heading with what is outstanding, names escaped; paid and not-owed fees are in neither")
    void theDigestSaysOverdueAndNotYetDueSeparately() {
        h = new BotHarness("bolton").start();
        stubFees();
        String digest = feeSection(digest());
        assertThat(digest)
                .contains("Annual fees, 2026/27")
                .contains("Overdue (unpaid after the due date): 2 organisations, £5,000.00 outstanding")
                .contains("Alpha School: £3,000.00 unpaid, due by 1 November 2026")
                .contains("Gamma &lt;!channel&gt; &amp; Sons: £2,000.00 of £3,000.00 unpaid, due by 1 November 2026")
                .contains("Not yet due: 2 organisations, £4,000.00 to pay")
                .contains("Delta Primary: £1,500.00 to pay by 15 January 2027")
                .contains("Epsilon College: £2,500.00 of £3,000.00 to pay by 1 February 2027")
                .doesNotContain("Beta Academy")
                .doesNotContain("Zeta")
                .doesNotContain("<!channel>");
        // each fee under its own heading: the overdue ones before "Not yet due", the others after it
        int notYetDue = digest.indexOf("Not yet due:");
        assertThat(digest.indexOf("Alpha School:")).isBetween(digest.indexOf("Overdue ("), notYetDue);
        assertThat(digest.indexOf("Gamma")).isBetween(digest.indexOf("Overdue ("), notYetDue);
        assertThat(digest.indexOf("Delta Primary:")).isGreaterThan(notYetDue);
        assertThat(digest.indexOf("Epsilon")).isGreaterThan(notYetDue);
    }

    @Test
    @DisplayName("Bolton 25: early in the year nothing is overdue — the digest says so, and lists the fee not yet due"
            + " under its own heading")
    void nothingOverdueYet() {
        h = new BotHarness("bolton").start();
        h.plugin.stubFor(get(urlPathEqualTo(FEES)).willReturn(okJson(SEPTEMBER)));
        assertThat(feeSection(digest()))
                .contains("Annual fees, 2027/28")
                .contains("Overdue (unpaid after the due date): none")
                .contains("Not yet due: 1 organisation, £3,000.00 to pay")
                .contains("Alpha School: £3,000.00 to pay by 1 November 2027")
                .doesNotContain("Beta Academy")
                .doesNotContain("unpaid, due by");
    }

    @Test
    @DisplayName("Bolton 25: when every fee is paid the digest says none is overdue and none is still to come")
    void everyFeePaid() {
        h = new BotHarness("bolton").start();
        h.plugin.stubFor(get(urlPathEqualTo(FEES)).willReturn(okJson(BETA)));
        assertThat(feeSection(digest()))
                .contains("Annual fees, 2026/27")
                .contains("Overdue (unpaid after the due date): none.")
                .contains("Not yet due: none.")
                .doesNotContain("Beta Academy");
    }

    @Test
    @DisplayName("Bolton 25: 'We will pay' — a head whose school has not paid sees it on Home with the amount and"
            + " date; a head whose school has paid sees nothing about fees")
    void theHomeTabShowsTheMembersUnpaidFee() {
        h = new BotHarness("bolton").start();
        stubFees();
        assertThat(home("UALPHA", "EvFee1"))
                .contains("Annual fee 2026/27")
                .contains("Alpha School has £3,000.00 to pay, due by 1 November 2026");
        assertThat(home("UBETA", "EvFee2")).doesNotContain("Annual fee").doesNotContain("£");
        h.plugin.verify(getRequestedFor(urlPathEqualTo(FEES)).withQueryParam("viewer", equalTo("head@alpha.sch.uk")));
    }

    @Test
    @DisplayName("An alliance whose profile has no fee (Exceed) says nothing about fees and never asks the plugin")
    void noFeeNoWord() {
        h = new BotHarness("exceed").start();
        stubFees();
        assertThat(digest()).doesNotContain("Fees").doesNotContain("fee");
        assertThat(home("UALPHA", "EvFee3")).doesNotContain("Annual fee");
        assertThat(h.plugin.findAll(getRequestedFor(urlPathEqualTo(FEES)))).isEmpty();
    }

    @Test
    @DisplayName("When the plugin cannot say, the digest and Home still go out, saying the fees could not be read")
    void aPluginFailureDoesNotStopTheDigestOrHome() {
        h = new BotHarness("bolton").start();
        h.plugin.stubFor(get(urlPathEqualTo(FEES)).willReturn(serverError()));
        assertThat(digest()).contains("Fees could not be read from Confluence");
        assertThat(home("UALPHA", "EvFee4"))
                .contains("*Alpha School: meetings*")
                .doesNotContain("Annual fee");
    }
}
