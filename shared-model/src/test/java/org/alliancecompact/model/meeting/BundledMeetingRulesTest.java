package org.alliancecompact.model.meeting;

import static org.alliancecompact.model.meeting.MeetingFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/** The deputy rule and reminders with the alliances' own profiles. */
class BundledMeetingRulesTest {

    private static final ProfileLoader LOADER = new ProfileLoader();
    private static final Meeting OCTOBER = meeting("oct", "2026-10-14T15:30:00Z");
    private static final Meeting MARCH = meeting("mar", "2027-03-10T16:00:00Z");

    @Test
    void boltonAllowsOneVotingDeputyPerAcademicYear() {
        AllianceProfile bolton = LOADER.loadBundled("bolton");
        DeputyDecision first =
                DeputyLimit.decide("school", OCTOBER, List.of(), bolton.meetings(), bolton.timeZone(), "the BLA chair");
        assertThat(first.allowed()).isTrue();
        assertThat(first.carriesVote()).isTrue();
        DeputyDecision second = DeputyLimit.decide(
                "school", MARCH, List.of(DeputyUse.at("school", OCTOBER)), bolton.meetings(), bolton.timeZone(), null);
        assertThat(second.allowed()).isFalse();
        assertThat(second.firstUseDate()).hasToString("2026-10-14");
    }

    @Test
    void oldhamSetsNoPracticalLimitAndTheDeputyDoesNotVote() {
        AllianceProfile oldham = LOADER.loadBundled("oldham");
        DeputyDecision d = DeputyLimit.decide(
                "school", MARCH, List.of(DeputyUse.at("school", OCTOBER)), oldham.meetings(), oldham.timeZone(), null);
        assertThat(d.allowed()).isTrue();
        assertThat(d.carriesVote()).isFalse();
    }

    @Test
    void everyBundledProfileRemindsNonRespondersBeforeTheMeeting() {
        for (String name : ProfileLoader.BUNDLED) {
            MeetingRules rules = LOADER.loadBundled(name).meetings();
            assertThat(ReminderSchedule.due(
                            OCTOBER,
                            RsvpChoice.NO_REPLY,
                            rules,
                            List.of(),
                            OCTOBER.startsAt().minusSeconds(60)))
                    .as(name)
                    .containsExactlyInAnyOrderElementsOf(rules.reminderLeadTimes());
        }
    }
}
