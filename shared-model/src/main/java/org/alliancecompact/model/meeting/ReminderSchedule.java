package org.alliancecompact.model.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a member that has not answered an invitation is reminded: at each of the profile's lead times
 * before the meeting. Pure: the bot keeps which reminders it has sent and asks what is due now.
 */
public final class ReminderSchedule {

    private ReminderSchedule() {}

    /**
     * Lead times whose moment has come at {@code now}, not yet sent, for a member that has not replied,
     * before the meeting starts; largest lead first. Empty once the member answered or the meeting began.
     */
    public static List<Duration> due(
            Meeting meeting, RsvpChoice choice, MeetingRules rules, Collection<Duration> alreadySent, Instant now) {
        if (meeting == null || rules == null || now == null) {
            throw new IllegalArgumentException("meeting, rules and now are required");
        }
        if (choice != null && choice != RsvpChoice.NO_REPLY) {
            return List.of();
        }
        if (!now.isBefore(meeting.startsAt())) {
            return List.of();
        }
        Set<Duration> sent = alreadySent == null ? Set.of() : Set.copyOf(alreadySent);
        return rules.reminderLeadTimes().stream()
                .distinct()
                .filter(lead -> !sent.contains(lead))
                .filter(lead -> !now.isBefore(meeting.startsAt().minus(lead)))
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /**
     * The one reminder to send now, if any: the nearest lead time that is due. When the bot was down
     * and several are due, one message is enough; the caller marks all of {@link #due} as sent.
     */
    public static Optional<Duration> next(
            Meeting meeting, RsvpChoice choice, MeetingRules rules, Collection<Duration> alreadySent, Instant now) {
        List<Duration> due = due(meeting, choice, rules, alreadySent, now);
        return due.isEmpty() ? Optional.empty() : Optional.of(due.get(due.size() - 1));
    }
}
