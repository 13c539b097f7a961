package org.alliancecompact.model.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Membership;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.model.support.TestRules;
import org.alliancecompact.model.time.AcademicYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which organisations owe the fee for an academic year (issue 18, finding 5; Bolton 25: "We will pay £3000
 * per year to support the operation of the SSIG"): current members only, and an organisation that joined
 * during the year as the profile's {@code support.joinerFee} says.
 */
class FeesOwedTest {

    private static final AcademicYear YEAR = AcademicYear.parse("2026/27");

    /** Bolton's membership rules: associates for up to six months. */
    private static final Membership SIX_MONTHS = new Membership(6);

    /** A day in the year when every member of these tests is current. */
    private static final LocalDate TODAY = LocalDate.of(2027, 8, 31);

    private static SupportRules bolton(JoinerFee joinerFee) {
        return TestRules.bolton().joinerFee(joinerFee).build();
    }

    private static Member school(MembershipState state, String joinedOn) {
        return new Member(
                "school",
                "School",
                OrganisationKind.SCHOOL,
                Phase.SECONDARY,
                state,
                LocalDate.parse(joinedOn),
                List.of());
    }

    @Test
    @DisplayName("Bolton 25: 'We will pay £3000 per year' — a full member or an associate since before the year owes"
            + " the whole £3,000, due by the profile's date")
    void currentMembersOweTheFee() {
        SupportRules rules = bolton(JoinerFee.FROM_NEXT_YEAR);
        // the associate joined on 1 June 2026: within its six months until 1 December 2026
        LocalDate today = LocalDate.of(2026, 11, 15);
        for (Member m :
                List.of(school(MembershipState.FULL, "2020-01-15"), school(MembershipState.ASSOCIATE, "2026-06-01"))) {
            assertThat(Fees.owedPence(m, SIX_MONTHS, YEAR, rules, today)).isEqualTo(300_000);
            assertThat(Fees.dueBy(m, YEAR, rules)).isEqualTo(LocalDate.of(2026, 11, 1));
        }
    }

    @Test
    @DisplayName("Bolton 25: 'We will pay' — only current members owe: an organisation that left or was"
            + " de-designated owes nothing, and is never overdue")
    void formerMembersOweNothing() {
        SupportRules rules = bolton(JoinerFee.FULL_FEE);
        for (MembershipState state : List.of(MembershipState.LEFT, MembershipState.DE_DESIGNATED)) {
            Member m = school(state, "2020-01-15");
            assertThat(Fees.owedPence(m, SIX_MONTHS, YEAR, rules, TODAY)).isZero();
            FeeStatus s = Fees.status(m, SIX_MONTHS, YEAR, List.of(), rules, LocalDate.of(2027, 6, 1));
            assertThat(s.state()).isEqualTo(FeeStatus.State.NOT_OWED);
            assertThat(s.overdue()).isFalse();
            assertThat(s.outstandingPence()).isZero();
        }
    }

    @Test
    @DisplayName("Bolton 25: '£3000 per year' — an organisation that joins after the year ends owes nothing for it;"
            + " one that joined on 1 September owes the whole year even when joiners start next year")
    void joinedBeforeOrAfterTheYear() {
        assertThat(Fees.owedPence(
                        school(MembershipState.FULL, "2027-09-01"),
                        SIX_MONTHS,
                        YEAR,
                        bolton(JoinerFee.FULL_FEE),
                        TODAY))
                .isZero();
        assertThat(Fees.owedPence(
                        school(MembershipState.FULL, "2026-09-01"),
                        SIX_MONTHS,
                        YEAR,
                        bolton(JoinerFee.FROM_NEXT_YEAR),
                        TODAY))
                .isEqualTo(300_000);
        assertThat(Fees.owedPence(
                        school(MembershipState.FULL, "2026-09-02"),
                        SIX_MONTHS,
                        YEAR,
                        bolton(JoinerFee.FROM_NEXT_YEAR),
                        TODAY))
                .isZero();
        assertThat(Fees.owedPence(
                        school(MembershipState.FULL, "2026-09-02"),
                        SIX_MONTHS,
                        YEAR.next(),
                        bolton(JoinerFee.FROM_NEXT_YEAR),
                        LocalDate.of(2027, 10, 1)))
                .isEqualTo(300_000);
    }

    @Test
    @DisplayName("Bolton 25: '£3000 per year' — pro rata, a school joining in March owes the six months March to"
            + " August, £1,500; joining on 31 August, one month, £250")
    void proRataByMonthsLeft() {
        SupportRules rules = bolton(JoinerFee.PRO_RATA_MONTHS);
        assertThat(Fees.owedPence(school(MembershipState.FULL, "2027-03-01"), SIX_MONTHS, YEAR, rules, TODAY))
                .isEqualTo(150_000);
        assertThat(Fees.owedPence(school(MembershipState.FULL, "2027-03-31"), SIX_MONTHS, YEAR, rules, TODAY))
                .isEqualTo(150_000);
        assertThat(Fees.owedPence(school(MembershipState.FULL, "2027-08-31"), SIX_MONTHS, YEAR, rules, TODAY))
                .isEqualTo(25_000);
        assertThat(Fees.owedPence(school(MembershipState.FULL, "2026-09-30"), SIX_MONTHS, YEAR, rules, TODAY))
                .isEqualTo(300_000);
        // a fee that does not divide by 12 rounds to the nearest penny: £1,000 for 5 months is £416.67
        SupportRules odd = TestRules.none()
                .fee(100_000, Period.ofMonths(2))
                .joinerFee(JoinerFee.PRO_RATA_MONTHS)
                .build();
        assertThat(Fees.owedPence(school(MembershipState.FULL, "2027-04-10"), SIX_MONTHS, YEAR, odd, TODAY))
                .isEqualTo(41_667);
    }

    @Test
    @DisplayName("Bolton 25: 'We will pay £3000 per year' — a school that joins after the due date has the same time"
            + " to pay from the day it joined (no later than 31 August), and is not overdue on the day it joins")
    void joinersAfterTheDueDateGetTheSameTime() {
        SupportRules rules = bolton(JoinerFee.FULL_FEE);
        Member march = school(MembershipState.FULL, "2027-03-15");
        assertThat(Fees.owedPence(march, SIX_MONTHS, YEAR, rules, TODAY)).isEqualTo(300_000);
        assertThat(Fees.dueBy(march, YEAR, rules)).isEqualTo(LocalDate.of(2027, 5, 15));
        assertThat(Fees.status(march, SIX_MONTHS, YEAR, List.of(), rules, LocalDate.of(2027, 5, 15))
                        .state())
                .isEqualTo(FeeStatus.State.NOT_YET_DUE);
        assertThat(Fees.status(march, SIX_MONTHS, YEAR, List.of(), rules, LocalDate.of(2027, 5, 16))
                        .state())
                .isEqualTo(FeeStatus.State.OVERDUE);
        Member july = school(MembershipState.FULL, "2027-07-20");
        assertThat(Fees.dueBy(july, YEAR, rules)).isEqualTo(YEAR.lastDay());
        // joined before the due date: the year's own date
        assertThat(Fees.dueBy(school(MembershipState.FULL, "2026-10-20"), YEAR, rules))
                .isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    @DisplayName("Bolton 25: 'per year' — the organisations owing for a year, in order, leave out former members and"
            + " joiners whose fee starts next year; a profile without a fee lists nobody")
    void whoOwes() {
        Member owing = school(MembershipState.FULL, "2020-01-15");
        Member left = new Member(
                "left",
                "Left",
                OrganisationKind.SCHOOL,
                Phase.SECONDARY,
                MembershipState.LEFT,
                LocalDate.of(2020, 1, 1),
                List.of());
        Member joiner = new Member(
                "joiner",
                "Joiner",
                OrganisationKind.SCHOOL,
                Phase.SECONDARY,
                MembershipState.FULL,
                LocalDate.of(2027, 2, 1),
                List.of());
        List<Member> members = List.of(left, joiner, owing);
        assertThat(Fees.owing(members, SIX_MONTHS, YEAR, bolton(JoinerFee.FROM_NEXT_YEAR), TODAY))
                .extracting(Member::id)
                .containsExactly("school");
        assertThat(Fees.owing(members, SIX_MONTHS, YEAR, bolton(JoinerFee.PRO_RATA_MONTHS), TODAY))
                .extracting(Member::id)
                .containsExactly("joiner", "school");
        SupportRules none = TestRules.none().build();
        assertThat(Fees.owing(members, SIX_MONTHS, YEAR, none, TODAY)).isEmpty();
        assertThat(Fees.status(owing, SIX_MONTHS, YEAR, List.of(), none, LocalDate.of(2027, 6, 1))
                        .state())
                .isEqualTo(FeeStatus.State.NO_FEE);
    }

    @Test
    @DisplayName("Bolton 25: 'We will pay' is asked of current members (MemberStanding): an associate owes on the last"
            + " day of membership.associateMaxMonths (Leeds: 'associate membership for up to 6 months') and owes"
            + " nothing, and is not overdue, from the day after")
    void aLapsedAssociateOwesNothing() {
        SupportRules rules = bolton(JoinerFee.FULL_FEE);
        // joined on 1 September 2026 with six months' allowance: an associate up to and including 1 March 2027
        Member associate = school(MembershipState.ASSOCIATE, "2026-09-01");
        LocalDate lastDay = SIX_MONTHS.associateLastDay(associate);
        assertThat(lastDay).isEqualTo(LocalDate.of(2027, 3, 1));

        assertThat(Fees.owedPence(associate, SIX_MONTHS, YEAR, rules, lastDay)).isEqualTo(300_000);
        FeeStatus onLastDay = Fees.status(associate, SIX_MONTHS, YEAR, List.of(), rules, lastDay);
        assertThat(onLastDay.state()).isEqualTo(FeeStatus.State.OVERDUE);
        assertThat(onLastDay.outstandingPence()).isEqualTo(300_000);

        LocalDate dayAfter = lastDay.plusDays(1);
        assertThat(Fees.owedPence(associate, SIX_MONTHS, YEAR, rules, dayAfter)).isZero();
        FeeStatus lapsed = Fees.status(associate, SIX_MONTHS, YEAR, List.of(), rules, dayAfter);
        assertThat(lapsed.state()).isEqualTo(FeeStatus.State.NOT_OWED);
        assertThat(lapsed.overdue()).isFalse();
        assertThat(lapsed.outstandingPence()).isZero();
        assertThat(Fees.owing(List.of(associate), SIX_MONTHS, YEAR, rules, lastDay))
                .extracting(Member::id)
                .containsExactly("school");
        assertThat(Fees.owing(List.of(associate), SIX_MONTHS, YEAR, rules, dayAfter))
                .isEmpty();
        // a full member who joined the same day still owes
        assertThat(Fees.owedPence(school(MembershipState.FULL, "2026-09-01"), SIX_MONTHS, YEAR, rules, dayAfter))
                .isEqualTo(300_000);
    }

    @Test
    @DisplayName("Bolton 25 in the Bolton profile: the joiner rule is the alliance's setting (pro rata by months)")
    void theBoltonProfile() {
        SupportRules rules = new ProfileLoader().loadBundled("bolton").support();
        assertThat(rules.joinerFee()).isEqualTo(JoinerFee.PRO_RATA_MONTHS);
        // profiles with no fee default to the whole fee rule, which never charges anything
        assertThat(new ProfileLoader().loadBundled("leeds").support().annualFeePence())
                .isZero();
    }

    @Test
    @DisplayName("The joiner rule defaults to the whole fee when a profile does not say")
    void joinerRuleDefault() {
        assertThat(new SupportRules(BigDecimal.ZERO, BigDecimal.ZERO, 300_000, "G", null, Period.ofMonths(2), null)
                        .joinerFee())
                .isEqualTo(JoinerFee.FULL_FEE);
        assertThatThrownBy(() -> Fees.owedPence(null, SIX_MONTHS, YEAR, bolton(JoinerFee.FULL_FEE), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
