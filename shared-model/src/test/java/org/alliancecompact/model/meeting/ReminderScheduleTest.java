package org.alliancecompact.model.meeting;

import static org.alliancecompact.model.meeting.MeetingFixtures.BOLTON;
import static org.alliancecompact.model.meeting.MeetingFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final Meeting M = meeting("m", "2026-10-14T15:30:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration DAY = Duration.ofDays(1);

    private static List<Duration> due(RsvpChoice choice, Set<Duration> sent, String now) {
        return ReminderSchedule.due(M, choice, BOLTON, sent, Instant.parse(now));
    }

    @Test
    void nothingIsDueBeforeTheFirstLeadTime() {
        assertThat(due(RsvpChoice.NO_REPLY, Set.of(), "2026-10-07T15:29:59Z")).isEmpty();
    }

    @Test
    void theWeekReminderIsDueExactlyAWeekBefore() {
        assertThat(due(RsvpChoice.NO_REPLY, Set.of(), "2026-10-07T15:30:00Z")).containsExactly(WEEK);
    }

    @Test
    void aSentReminderIsNotDueAgain() {
        assertThat(due(RsvpChoice.NO_REPLY, Set.of(WEEK), "2026-10-10T09:00:00Z"))
                .isEmpty();
        assertThat(due(RsvpChoice.NO_REPLY, Set.of(WEEK), "2026-10-13T15:30:00Z"))
                .containsExactly(DAY);
    }

    @Test
    void afterAnOutageBothAreDueButOnlyTheNearestIsSent() {
        assertThat(due(RsvpChoice.NO_REPLY, Set.of(), "2026-10-14T09:00:00Z")).containsExactly(WEEK, DAY);
        assertThat(ReminderSchedule.next(M, null, BOLTON, Set.of(), Instant.parse("2026-10-14T09:00:00Z")))
                .contains(DAY);
    }

    @Test
    void membersThatAnsweredAreNotReminded() {
        for (RsvpChoice answered : List.of(RsvpChoice.ATTENDING, RsvpChoice.DEPUTY, RsvpChoice.APOLOGIES)) {
            assertThat(due(answered, Set.of(), "2026-10-14T09:00:00Z"))
                    .as(answered.name())
                    .isEmpty();
        }
    }

    @Test
    void nothingIsDueOnceTheMeetingHasStarted() {
        assertThat(due(RsvpChoice.NO_REPLY, Set.of(), "2026-10-14T15:30:00Z")).isEmpty();
        assertThat(ReminderSchedule.next(M, RsvpChoice.NO_REPLY, BOLTON, null, Instant.parse("2026-10-15T00:00:00Z")))
                .isEmpty();
    }
}
