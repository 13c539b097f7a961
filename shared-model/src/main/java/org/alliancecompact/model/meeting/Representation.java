package org.alliancecompact.model.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Representation at the meetings every member must attend (Bolton 28: "We will ensure our school is
 * represented at the BLA Conference"). After such a meeting the members nobody attended for, whether they
 * sent apologies or not, are listed to the coordinators; how the ladder hears of them is the profile's
 * {@link MeetingRules#unrepresentedCountsAsMissed} (applied by {@code EngagementSignals.fromAttendance}).
 */
public final class Representation {

    private Representation() {}

    /**
     * The members, of {@code memberIds} and in their order, that nobody represented at {@code meeting}:
     * their attendance is absent or apologies, or was not recorded. Empty when the meeting's kind does
     * not require representation.
     *
     * @param memberIds the organisations that were members at the meeting
     * @param attendance the attendance recorded for the meeting (rows for other meetings are ignored)
     */
    public static List<String> unrepresented(
            Meeting meeting, Collection<String> memberIds, Collection<Attendance> attendance, MeetingRules rules) {
        if (meeting == null || rules == null) {
            throw new IllegalArgumentException("meeting and rules are required");
        }
        if (!rules.representationRequired(meeting.kind()) || memberIds == null) {
            return List.of();
        }
        Map<String, Attendance> byMember = (attendance == null ? List.<Attendance>of() : attendance)
                .stream()
                        .filter(a -> a.meetingId().equals(meeting.id()))
                        .collect(Collectors.toMap(Attendance::memberId, Function.identity(), (a, b) -> b));
        return memberIds.stream()
                .filter(id -> {
                    Attendance a = byMember.get(id);
                    return a == null || !a.outcome().represented();
                })
                .toList();
    }
}
