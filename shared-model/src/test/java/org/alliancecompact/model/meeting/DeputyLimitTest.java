package org.alliancecompact.model.meeting;

import static org.alliancecompact.model.meeting.MeetingFixtures.BOLTON;
import static org.alliancecompact.model.meeting.MeetingFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeputyLimitTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Meeting OCTOBER = meeting("oct", "2026-10-14T15:30:00Z");
    private static final Meeting MARCH = meeting("mar", "2027-03-10T16:00:00Z");

    @Test
    void theFirstDeputyOfTheYearIsAllowedAndVotesUnderBolton() {
        DeputyDecision d = DeputyLimit.decide("school", OCTOBER, List.of(), BOLTON);
        assertThat(d.allowed()).isTrue();
        assertThat(d.carriesVote()).isTrue();
        assertThat(d.usedThisYear()).isZero();
        assertThat(d.allowance()).isEqualTo(DeputyAllowance.perYear(1));
        assertThat(d.academicYear()).isEqualTo("2026/27");
        assertThat(d.firstUseDate()).isNull();
        assertThat(d.reason())
                .contains("deputy use 1 of 1 at alliance meetings in 2026/27")
                .contains("votes");
    }

    @Test
    void theSecondDeputyInTheSameAcademicYearIsRefusedNamingTheFirstAndWhoToAsk() {
        DeputyDecision d = DeputyLimit.decide(
                "school", MARCH, List.of(DeputyUse.at("school", OCTOBER)), BOLTON, LONDON, "the BLA chair");
        assertThat(d.allowed()).isFalse();
        assertThat(d.carriesVote()).isFalse();
        assertThat(d.usedThisYear()).isEqualTo(1);
        assertThat(d.firstUseDate()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(d.firstUseMeetingTitle()).isEqualTo("BLA meeting oct");
        assertThat(d.reason())
                .contains("2026/27")
                .contains("BLA meeting oct on 14 October 2026")
                .contains("ask the BLA chair");
    }

    @Test
    void theRefusalPointsToTheCoordinatorByDefault() {
        DeputyDecision d = DeputyLimit.decide("school", MARCH, List.of(DeputyUse.at("school", OCTOBER)), BOLTON);
        assertThat(d.reason()).contains("ask " + DeputyLimit.DEFAULT_CONTACT);
    }

    @Test
    void aDeputyUsedInThePreviousAcademicYearDoesNotCount() {
        Meeting lastJuly = meeting("jul", "2026-07-08T15:00:00Z");
        DeputyDecision d = DeputyLimit.decide("school", OCTOBER, List.of(DeputyUse.at("school", lastJuly)), BOLTON);
        assertThat(d.allowed()).isTrue();
        assertThat(d.usedThisYear()).isZero();
    }

    @Test
    void theYearBoundaryIsJudgedInTheAllianceZone() {
        // 23:30 UTC on 31 August 2026 is 00:30 on 1 September in London: already 2026/27 there.
        Meeting midnight = meeting("late", "2026-08-31T23:30:00Z");
        List<DeputyUse> used = List.of(DeputyUse.at("school", midnight));
        assertThat(DeputyLimit.decide("school", OCTOBER, used, BOLTON, LONDON, null)
                        .allowed())
                .isFalse();
        assertThat(DeputyLimit.decide("school", OCTOBER, used, BOLTON, ZoneOffset.UTC, null)
                        .allowed())
                .isTrue();
    }

    @Test
    void askingAgainForTheSameMeetingIsNotASecondUse() {
        DeputyDecision d = DeputyLimit.decide("school", OCTOBER, List.of(DeputyUse.at("school", OCTOBER)), BOLTON);
        assertThat(d.allowed()).isTrue();
    }

    @Test
    void otherOrganisationsUsesDoNotCount() {
        DeputyDecision d = DeputyLimit.decide("school", MARCH, List.of(DeputyUse.at("other", OCTOBER)), BOLTON);
        assertThat(d.allowed()).isTrue();
    }

    @Test
    void theAllowanceAndTheVoteComeFromTheProfile() {
        MeetingRules twoNoVote = new MeetingRules(
                Set.of(MeetingKind.ALLIANCE_MEETING), DeputyAllowance.perYear(2), null, Set.of(), null, false, null);
        Meeting june = meeting("jun", "2027-06-10T15:00:00Z");
        List<DeputyUse> one = List.of(DeputyUse.at("school", OCTOBER));
        List<DeputyUse> two = List.of(DeputyUse.at("school", MARCH), DeputyUse.at("school", OCTOBER));

        DeputyDecision second = DeputyLimit.decide("school", MARCH, one, twoNoVote);
        assertThat(second.allowed()).isTrue();
        assertThat(second.carriesVote()).isFalse();
        assertThat(second.reason()).contains("does not vote");

        DeputyDecision third = DeputyLimit.decide("school", june, two, twoNoVote);
        assertThat(third.allowed()).isFalse();
        assertThat(third.usedThisYear()).isEqualTo(2);
        assertThat(third.firstUseDate()).isEqualTo(LocalDate.of(2026, 10, 14));
    }

    @Test
    void anAllianceWithoutDeputiesRefusesEveryDeputy() {
        MeetingRules none = new MeetingRules(
                Set.of(MeetingKind.ALLIANCE_MEETING),
                DeputyAllowance.perYear(0),
                null,
                Set.of(MeetingKind.ALLIANCE_MEETING),
                null,
                false,
                null);
        DeputyDecision d = DeputyLimit.decide("school", OCTOBER, List.of(), none);
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("does not allow deputies");
    }

    @Test
    void theMemberIsRequired() {
        assertThatThrownBy(() -> DeputyLimit.decide(" ", OCTOBER, List.of(), BOLTON))
                .hasMessageStartingWith("memberId");
    }
}
