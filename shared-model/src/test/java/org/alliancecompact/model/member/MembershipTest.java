package org.alliancecompact.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 1, 15);
    private final Membership sixMonths = new Membership(6);

    private static Member associate(LocalDate joinedOn) {
        return new Member(
                "leeds-college",
                "Leeds College",
                OrganisationKind.COLLEGE,
                Phase.POST_16,
                MembershipState.ASSOCIATE,
                joinedOn,
                List.of());
    }

    @Test
    void anAssociateIsCurrentUntilThirtyDaysBeforeItsLimit() {
        Member m = associate(JOINED);

        assertThat(sixMonths.associateLastDay(m)).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(sixMonths.standing(m, JOINED)).isEqualTo(AssociateStanding.CURRENT);
        assertThat(sixMonths.standing(m, LocalDate.of(2026, 6, 14))).isEqualTo(AssociateStanding.CURRENT);
        assertThat(sixMonths.standing(m, LocalDate.of(2026, 6, 15))).isEqualTo(AssociateStanding.EXPIRING);
    }

    @Test
    void exactlySixMonthsOnIsStillAnExpiringAssociate() {
        Member m = associate(JOINED);
        LocalDate sixMonthsOn = JOINED.plusMonths(6);

        assertThat(sixMonths.standing(m, sixMonthsOn)).isEqualTo(AssociateStanding.EXPIRING);
        assertThat(sixMonths.effectiveState(m, sixMonthsOn)).isEqualTo(MembershipState.ASSOCIATE);
        assertThat(sixMonths.isMemberOn(m, sixMonthsOn)).isTrue();
    }

    @Test
    void oneDayPastSixMonthsTheAssociateHasLapsed() {
        Member m = associate(JOINED);
        LocalDate dayAfter = JOINED.plusMonths(6).plusDays(1);

        assertThat(sixMonths.standing(m, dayAfter)).isEqualTo(AssociateStanding.EXPIRED);
        assertThat(sixMonths.effectiveState(m, dayAfter)).isEqualTo(MembershipState.LEFT);
        assertThat(sixMonths.isMemberOn(m, dayAfter)).isFalse();
    }

    @Test
    void monthEndsFollowTheCalendar() {
        // 31 August + 6 months has no 31st: the limit is the last day of February.
        assertThat(sixMonths.associateLastDay(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theLimitComesFromTheProfileNotTheCode() {
        Member m = associate(JOINED);
        Membership threeMonths = new Membership(3);

        assertThat(threeMonths.standing(m, LocalDate.of(2026, 4, 16))).isEqualTo(AssociateStanding.EXPIRED);
        assertThat(sixMonths.standing(m, LocalDate.of(2026, 4, 16))).isEqualTo(AssociateStanding.CURRENT);
    }

    @Test
    void fullMembersAreNotAffectedByTheAssociateLimit() {
        Member full = MemberTest.member(List.of());
        LocalDate muchLater = LocalDate.of(2040, 1, 1);

        assertThat(sixMonths.effectiveState(full, muchLater)).isEqualTo(MembershipState.FULL);
        assertThat(sixMonths.isMemberOn(full, muchLater)).isTrue();
        assertThat(sixMonths.isMemberOn(full, full.joinedOn().minusDays(1))).isFalse();
        assertThatThrownBy(() -> sixMonths.standing(full, muchLater))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an associate");
    }

    @Property
    void theLastDayIsStillAnAssociateAndTheNextDayIsNot(
            @ForAll @IntRange(min = 0, max = 20_000) int dayOffset, @ForAll @IntRange(min = 1, max = 24) int months) {
        Member m = associate(LocalDate.of(2000, 1, 1).plusDays(dayOffset));
        Membership rule = new Membership(months);
        LocalDate lastDay = rule.associateLastDay(m);

        assertThat(rule.standing(m, lastDay)).isEqualTo(AssociateStanding.EXPIRING);
        assertThat(rule.standing(m, lastDay.plusDays(1))).isEqualTo(AssociateStanding.EXPIRED);
        assertThat(rule.standing(m, lastDay.minusDays(31))).isEqualTo(AssociateStanding.CURRENT);
    }

    @Test
    void refusesNegativeLimits() {
        assertThatThrownBy(() -> new Membership(-1)).hasMessageContaining("associateMaxMonths");
        assertThatThrownBy(() -> new Membership(6, -1)).hasMessageContaining("expiryWarningDays");
    }
}
