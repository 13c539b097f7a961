package org.alliancecompact.model.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Bolton-like meeting rules: one deputy per academic year at alliance meetings, where the deputy votes. */
final class MeetingFixtures {

    static final MeetingRules BOLTON = new MeetingRules(
            Set.of(MeetingKind.ALLIANCE_MEETING, MeetingKind.CONFERENCE, MeetingKind.WORKING_GROUP),
            DeputyAllowance.perYear(1),
            Set.of(MeetingKind.ALLIANCE_MEETING),
            Set.of(MeetingKind.ALLIANCE_MEETING),
            Set.of(MeetingKind.CONFERENCE),
            true,
            List.of(Duration.ofDays(7), Duration.ofDays(1)));

    private MeetingFixtures() {}

    static Meeting meeting(String id, String startsAt) {
        return new Meeting(
                id,
                MeetingKind.ALLIANCE_MEETING,
                "BLA meeting " + id,
                Instant.parse(startsAt),
                "Town Hall",
                null,
                false);
    }

    static Meeting conference(String id, String startsAt) {
        return new Meeting(
                id, MeetingKind.CONFERENCE, "BLA Conference " + id, Instant.parse(startsAt), "Town Hall", null, false);
    }
}
