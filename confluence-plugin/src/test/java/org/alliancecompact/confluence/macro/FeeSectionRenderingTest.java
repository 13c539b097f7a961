package org.alliancecompact.confluence.macro;

import static org.alliancecompact.confluence.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.preview.DemoData;
import org.alliancecompact.confluence.service.FeeService;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.service.ProfileSource;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.confluence.storage.FeePaymentRecord;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.fee.FeePayment;
import org.alliancecompact.model.time.AcademicYear;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The register macro's fee section (issue 18, finding 5; Bolton 25: "We will pay £3000 per year to support
 * the operation of the SSIG"): coordinators only, paid or unpaid per organisation for the current academic
 * year, every stored value escaped, and a way to record a payment. Today is 23 November 2026; Bolton's fee
 * falls due on 1 November.
 */
class FeeSectionRenderingTest {

    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    private static final Caller COORDINATOR = Fixtures.coordinator("coordinator@alliance.example");

    private final AoCompactStore store = Fixtures.freshStore();

    private SupportRegisterRenderer renderer(String profile) {
        ProfileSource source = Fixtures.profile(profile);
        DemoData.seedIfEmpty(store, source.profile(), Fixtures.NOW);
        MouService mou = new MouService(store, source, CLOCK);
        return new SupportRegisterRenderer(
                new RegisterService(store, mou, CLOCK), source.profile(), new FeeService(store, mou, source, CLOCK));
    }

    private long paid(String memberId, long pence, String reference) {
        return store.addFeePayment(new FeePaymentRecord(
                new FeePayment(memberId, AcademicYear.parse("2026/27"), pence, LocalDate.of(2026, 10, 20), reference),
                "coordinator-key",
                Fixtures.NOW));
    }

    @Test
    @DisplayName("Bolton 25: 'We will pay £3000 per year' — coordinators see each organisation's fee for 2026/27 as"
            + " paid or unpaid, with what was paid and its reference, escaped")
    void coordinatorsSeePaidAndUnpaid() {
        SupportRegisterRenderer renderer = renderer("bolton");
        paid("smithills", 300_000, "INV-1 " + HOSTILE);
        paid("ladybridge", 100_000, "BACS 77");
        Document doc = Jsoup.parse(renderer.render(COORDINATOR, "/rest", true, null));
        Element section = doc.selectFirst("section.compact-fees");
        assertThat(section).isNotNull();
        assertThat(section.attr("data-academic-year")).isEqualTo("2026/27");
        assertThat(section.select("h3").text()).isEqualTo("Annual fees, 2026/27");
        assertThat(section.text()).contains("£3,000.00 a year, due by 1 November 2026");
        Element smithills = section.selectFirst("tr[data-member-id=smithills]");
        assertThat(smithills.select(".compact-fee-state").text()).isEqualTo("Paid");
        assertThat(smithills.select(".compact-fee-paid").text())
                .contains("£3,000.00")
                .contains("INV-1 " + HOSTILE)
                .contains("20 October 2026");
        Element ladybridge = section.selectFirst("tr[data-member-id=ladybridge]");
        assertThat(ladybridge.select(".compact-fee-state").text()).isEqualTo("Unpaid: £2,000.00 overdue");
        assertThat(ladybridge.select(".compact-fee-due").text()).isEqualTo("£3,000.00 by 1 November 2026");
        assertThat(section.select("button.compact-fee-record")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(doc.select(".compact-fee-dialog input[name=amount]")).hasSize(1);
        assertThat(doc.select(".compact-fee-dialog input[name=reference]").attr("maxlength"))
                .isEqualTo("100");
        assertThat(doc.select("script, img")).isEmpty();
    }

    @Test
    @DisplayName("Bolton 25: the fee section is the coordinators' alone; without a fee in the profile there is none")
    void nobodyElseAndNoFeeNoSection() {
        SupportRegisterRenderer renderer = renderer("bolton");
        paid("smithills", 300_000, "INV-1");
        for (String email : List.of("head@smithills.example", "head@ladybridge.example")) {
            String html = renderer.render(Fixtures.caller(email), "/rest", true, null);
            assertThat(Jsoup.parse(html).select(".compact-fees, .compact-fee-dialog"))
                    .as(email)
                    .isEmpty();
            assertThat(html).doesNotContain("INV-1");
        }
        // static output (PDF, e-mail): the table without the button or the dialog
        Document exported = Jsoup.parse(renderer.render(COORDINATOR, "/rest", false, null));
        assertThat(exported.select("section.compact-fees tr[data-member-id]")).isNotEmpty();
        assertThat(exported.select(".compact-fee-record, .compact-fee-dialog")).isEmpty();
    }

    @Test
    @DisplayName("A profile with no fee (Oldham) says nothing about fees")
    void noFeeNoSection() {
        String html = renderer("oldham").render(COORDINATOR, "/rest", true, null);
        assertThat(Jsoup.parse(html).select(".compact-fees, .compact-fee-dialog"))
                .isEmpty();
    }

    @Test
    @DisplayName("Issue 18 review: a payment recorded by mistake can be reversed — each payment that counts has a"
            + " Reverse action; a reversed one stays in the history, struck through, with its reversal and reason"
            + " escaped, and no longer counts; the dialog asks a reason")
    void eachPaymentCanBeReversedAndAReversalShowsInTheHistory() {
        SupportRegisterRenderer renderer = renderer("bolton");
        long wrong = paid("smithills", 300_000, "INV-1");
        store.reverseFeePayment(new org.alliancecompact.confluence.storage.FeeReversalRecord(
                wrong, "Ladybridge's payment " + HOSTILE, "coordinator-key", Fixtures.NOW));
        long right = paid("smithills", 100_000, "INV-2");
        Document doc = Jsoup.parse(renderer.render(COORDINATOR, "/rest", true, null));
        Element smithills = doc.selectFirst("section.compact-fees tr[data-member-id=smithills]");
        assertThat(smithills.select(".compact-fee-state").text()).isEqualTo("Unpaid: £2,000.00 overdue");
        assertThat(smithills.select(".compact-fee-total").text()).isEqualTo("£1,000.00");

        Element reversed = smithills.selectFirst("li[data-payment-id=" + wrong + "]");
        assertThat(reversed.hasClass("compact-fee-reversed")).isTrue();
        assertThat(reversed.select("del").text()).isEqualTo("£3,000.00 on 20 October 2026, reference INV-1");
        assertThat(reversed.select(".compact-fee-reversal").text())
                .isEqualTo("Reversed on 23 November 2026: Ladybridge's payment " + HOSTILE);
        assertThat(reversed.select("button")).isEmpty();

        Element counted = smithills.selectFirst("li[data-payment-id=" + right + "]");
        Element reverse = counted.selectFirst("button.compact-fee-reverse");
        assertThat(reverse.text()).isEqualTo("Reverse");
        assertThat(reverse.attr("data-payment-id")).isEqualTo(String.valueOf(right));
        assertThat(reverse.attr("data-payment")).isEqualTo("£1,000.00 on 20 October 2026, reference INV-2");
        assertThat(reverse.attr("aria-label")).isEqualTo("Reverse £1,000.00 on 20 October 2026, reference INV-2");

        Element dialog = doc.selectFirst(".compact-fee-reverse-dialog");
        assertThat(dialog.hasClass("aui-dialog2")).isTrue();
        assertThat(dialog.select("h2").text()).startsWith("Reverse a fee payment from");
        assertThat(dialog.select("textarea[name=reason]").attr("maxlength")).isEqualTo("300");
        assertThat(dialog.select("textarea[name=reason]").hasAttr("required")).isTrue();
        assertThat(dialog.select(".compact-confirm").text()).isEqualTo("Reverse payment");
        assertThat(doc.select("script, img")).isEmpty();

        // static output: the history, without the action or the dialog
        Document exported = Jsoup.parse(renderer.render(COORDINATOR, "/rest", false, null));
        assertThat(exported.select(".compact-fee-reversal").text()).startsWith("Reversed on 23 November 2026");
        assertThat(exported.select(".compact-fee-reverse, .compact-fee-reverse-dialog"))
                .isEmpty();
    }
}
