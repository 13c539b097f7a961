package org.alliancecompact.model.meeting;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * An alliance's meeting rules.
 *
 * @param kinds the meeting kinds this alliance holds
 * @param deputyAllowancePerYear how often a deputy may stand in for the head per academic year (Bolton 32: 1)
 * @param deputyCarriesVote whether an attending deputy votes for the organisation (Bolton 33: true)
 * @param reminderLeadTimes when non-responders are reminded before a meeting (default 7 days and 1 day)
 */
public record MeetingRules(
        Set<MeetingKind> kinds,
        int deputyAllowancePerYear,
        boolean deputyCarriesVote,
        List<Duration> reminderLeadTimes) {

    public MeetingRules {
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("meetings.kinds must list at least one meeting kind");
        }
        if (deputyAllowancePerYear < 0) {
            throw new IllegalArgumentException("meetings.deputyAllowancePerYear must be 0 or more");
        }
        if (reminderLeadTimes == null) {
            reminderLeadTimes = List.of(Duration.ofDays(7), Duration.ofDays(1));
        }
        for (Duration lead : reminderLeadTimes) {
            if (lead == null || lead.isNegative() || lead.isZero()) {
                throw new IllegalArgumentException("meetings.reminderLeadTimes must be positive durations");
            }
        }
        kinds = Set.copyOf(kinds);
        reminderLeadTimes = List.copyOf(reminderLeadTimes);
    }
}
