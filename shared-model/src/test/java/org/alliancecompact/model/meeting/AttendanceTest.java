package org.alliancecompact.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttendanceTest {

    private static final Instant AT = Instant.parse("2026-10-14T18:00:00Z");
    /** Like Bolton, except that an attending deputy does not vote. */
    private static final MeetingRules DEPUTY_SILENT = new MeetingRules(
            Set.of(MeetingKind.ALLIANCE_MEETING),
            DeputyAllowance.perYear(1),
            null,
            Set.of(),
            null,
            false,
            List.of(Duration.ofDays(7), Duration.ofDays(1)));

    private static Attendance attendance(AttendanceOutcome outcome) {
        return new Attendance(
                "m1", "school", outcome, outcome == AttendanceOutcome.PRESENT_DEPUTY ? "Dee" : null, "clerk", AT);
    }

    @Test
    void aHeadWhoIsPresentVotesWhateverTheDeputyRule() {
        assertThat(attendance(AttendanceOutcome.PRESENT_HEAD)
                        .carriesVote(MeetingFixtures.BOLTON, MeetingKind.ALLIANCE_MEETING))
                .isTrue();
        assertThat(attendance(AttendanceOutcome.PRESENT_HEAD).carriesVote(DEPUTY_SILENT, MeetingKind.ALLIANCE_MEETING))
                .isTrue();
    }

    @Test
    void aDeputyVotesOnlyWhereTheProfileSaysDeputiesCarryTheVote() {
        assertThat(attendance(AttendanceOutcome.PRESENT_DEPUTY)
                        .carriesVote(MeetingFixtures.BOLTON, MeetingKind.ALLIANCE_MEETING))
                .isTrue();
        assertThat(attendance(AttendanceOutcome.PRESENT_DEPUTY)
                        .carriesVote(DEPUTY_SILENT, MeetingKind.ALLIANCE_MEETING))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = AttendanceOutcome.class,
            names = {"ABSENT", "ABSENT_WITH_APOLOGIES"})
    void anAbsentOrganisationNeverVotesWithOrWithoutApologies(AttendanceOutcome outcome) {
        assertThat(attendance(outcome).carriesVote(MeetingFixtures.BOLTON, MeetingKind.ALLIANCE_MEETING))
                .isFalse();
        assertThat(attendance(outcome).carriesVote(DEPUTY_SILENT, MeetingKind.ALLIANCE_MEETING))
                .isFalse();
    }

    @Test
    void theRulesAreRequired() {
        assertThatThrownBy(() ->
                        attendance(AttendanceOutcome.PRESENT_HEAD).carriesVote(null, MeetingKind.ALLIANCE_MEETING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules");
    }
}
