package org.alliancecompact.model.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.model.support.TestRules;
import org.alliancecompact.model.time.AcademicYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The annual fee (issue 18, finding 5; Bolton 25). */
class FeesTest {

    /** £3,000 a year, due two months into the academic year: 1 November. */
    private static final SupportRules BOLTON = TestRules.bolton().build();

    private static final AcademicYear YEAR = AcademicYear.parse("2026/27");

    private static FeePayment paid(String member, AcademicYear year, long pence, String on) {
        return new FeePayment(member, year, pence, LocalDate.parse(on), "INV-" + on);
    }

    @Test
    @DisplayName(
            "Bolton 25: 'We will pay £3000 per year' — the fee is due by the profile's date and not overdue" + " on it")
    void notYetDueUpToTheDueDate() {
        FeeStatus s = Fees.status("school", YEAR, List.of(), BOLTON, LocalDate.of(2026, 11, 1));
        assertThat(s.dueBy()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(s.state()).isEqualTo(FeeStatus.State.NOT_YET_DUE);
        assertThat(s.duePence()).isEqualTo(300_000);
        assertThat(s.outstandingPence()).isEqualTo(300_000);
    }

    @Test
    @DisplayName("Bolton 25: 'We will pay £3000 per year' — unpaid the day after the due date is overdue")
    void overdueTheDayAfter() {
        FeeStatus s = Fees.status("school", YEAR, List.of(), BOLTON, LocalDate.of(2026, 11, 2));
        assertThat(s.state()).isEqualTo(FeeStatus.State.OVERDUE);
        assertThat(s.overdue()).isTrue();
    }

    @Test
    @DisplayName("Bolton 25: '£3000 per year' — part payments add up; £2,999.99 is still overdue, £3,000 is paid")
    void partPaymentsAddUp() {
        List<FeePayment> part =
                List.of(paid("school", YEAR, 200_000, "2026-09-20"), paid("school", YEAR, 99_999, "2026-10-20"));
        FeeStatus short1p = Fees.status("school", YEAR, part, BOLTON, LocalDate.of(2026, 12, 1));
        assertThat(short1p.state()).isEqualTo(FeeStatus.State.OVERDUE);
        assertThat(short1p.outstandingPence()).isEqualTo(1);
        assertThat(short1p.payments()).extracting(FeePayment::paidOn).isSorted();

        List<FeePayment> full =
                List.of(paid("school", YEAR, 200_000, "2026-09-20"), paid("school", YEAR, 100_000, "2026-12-20"));
        FeeStatus s = Fees.status("school", YEAR, full, BOLTON, LocalDate.of(2027, 1, 5));
        assertThat(s.state()).isEqualTo(FeeStatus.State.PAID);
        assertThat(s.outstandingPence()).isZero();
        assertThat(s.paidPence()).isEqualTo(300_000);
    }

    @Test
    @DisplayName("Bolton 25: 'per year' — a payment counts for the academic year it is recorded for, and only for"
            + " its own organisation")
    void paymentsCountForTheirYearAndOrganisation() {
        List<FeePayment> payments = List.of(
                paid("school", YEAR.previous(), 300_000, "2026-09-03"), paid("other", YEAR, 300_000, "2026-09-03"));
        assertThat(Fees.status("school", YEAR, payments, BOLTON, LocalDate.of(2026, 12, 1))
                        .state())
                .isEqualTo(FeeStatus.State.OVERDUE);
        assertThat(Fees.status("other", YEAR, payments, BOLTON, LocalDate.of(2026, 12, 1))
                        .state())
                .isEqualTo(FeeStatus.State.PAID);
        assertThat(Fees.overdue(List.of("school", "other"), YEAR, payments, BOLTON, LocalDate.of(2026, 12, 1)))
                .extracting(FeeStatus::memberId)
                .containsExactly("school");
    }

    @Test
    @DisplayName("Bolton 25: 'per year' — the fee due is the one for the academic year today falls in")
    void theCurrentYearsFee() {
        assertThat(Fees.currentYear(LocalDate.of(2026, 8, 31))).isEqualTo(AcademicYear.parse("2025/26"));
        assertThat(Fees.currentYear(LocalDate.of(2026, 9, 1))).isEqualTo(YEAR);
    }

    @Test
    @DisplayName("An alliance without a fee has nothing due")
    void noFee() {
        SupportRules none = TestRules.none().build();
        assertThat(Fees.status("school", YEAR, List.of(), none, LocalDate.of(2027, 6, 1))
                        .state())
                .isEqualTo(FeeStatus.State.NO_FEE);
    }

    @Test
    @DisplayName("A fee needs a due date, within the year; a payment needs an amount, a date and a reference")
    void inputsAreChecked() {
        assertThatThrownBy(() -> TestRules.none().fee(300_000, null).build())
                .hasMessageStartingWith("support.feeDueAfter is required when there is an annual fee");
        assertThatThrownBy(
                        () -> TestRules.none().fee(300_000, Period.ofYears(1)).build())
                .hasMessageStartingWith("support.feeDueAfter must be 0 or more and less than a year");
        assertThatThrownBy(() -> paid("school", YEAR, 0, "2026-09-01")).hasMessageStartingWith("amountPence");
        assertThat(paid("school", YEAR, FeePayment.MAX_AMOUNT_PENCE, "2026-09-01")
                        .amountPence())
                .isEqualTo(100_000_000L);
        assertThatThrownBy(() -> paid("school", YEAR, FeePayment.MAX_AMOUNT_PENCE + 1, "2026-09-01"))
                .hasMessageStartingWith("amountPence");
        assertThatThrownBy(() -> new FeePayment("school", YEAR, 100, LocalDate.of(2026, 9, 1), " "))
                .hasMessageStartingWith("reference");
        assertThatThrownBy(() -> new FeePayment("school", YEAR, 100, null, "X")).hasMessageStartingWith("paidOn");
    }

    @Test
    @DisplayName("Bolton 25 in the Bolton profile: £3,000 due by 1 November")
    void theBoltonProfile() {
        SupportRules rules = new ProfileLoader().loadBundled("bolton").support();
        assertThat(rules.annualFeePence()).isEqualTo(300_000);
        assertThat(Fees.dueBy(YEAR, rules)).isEqualTo(LocalDate.of(2026, 11, 1));
    }
}
