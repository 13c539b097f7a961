package org.alliancecompact.model.meeting;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An alliance's meeting rules.
 *
 * @param kinds the meeting kinds this alliance holds
 * @param deputyAllowancePerYear how often a deputy may stand in for the head per academic year at the
 *     kinds in {@code deputyAllowanceAt} (Bolton 32: once), or no limit where the alliance sets none
 * @param deputyAllowanceAt the meeting kinds at which the allowance applies and a deputy uses it (Bolton 32:
 *     "at BLA meetings", so ALLIANCE_MEETING only); at the alliance's other kinds a deputy may attend
 *     without using it. Omitted: every kind the alliance holds.
 * @param deputyVotesAt the meeting kinds at which an attending deputy votes for the organisation (Bolton 33:
 *     "at a BLA meeting they will have full voting rights", so ALLIANCE_MEETING only); empty where deputies
 *     never vote. Required, so each profile says it.
 * @param representationRequiredAt the meeting kinds at which every member must be represented, by its head
 *     or a deputy (Bolton 28: "represented at the BLA Conference", so CONFERENCE); empty for none
 * @param unrepresentedCountsAsMissed whether a member nobody attended for at such a meeting (apologies or
 *     not) gets a missed-meeting signal on the disengagement ladder; otherwise it is only listed to the
 *     coordinators. Absence without apologies from those kinds follows the same setting.
 * @param reminderLeadTimes when non-responders are reminded before a meeting (default 7 days and 1 day)
 */
public record MeetingRules(
        Set<MeetingKind> kinds,
        DeputyAllowance deputyAllowancePerYear,
        Set<MeetingKind> deputyAllowanceAt,
        Set<MeetingKind> deputyVotesAt,
        Set<MeetingKind> representationRequiredAt,
        boolean unrepresentedCountsAsMissed,
        List<Duration> reminderLeadTimes) {

    public MeetingRules {
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("meetings.kinds must list at least one meeting kind");
        }
        if (deputyAllowancePerYear == null) {
            throw new IllegalArgumentException(
                    "meetings.deputyAllowancePerYear is required: a whole number, or 'no limit'");
        }
        kinds = Set.copyOf(kinds);
        deputyAllowanceAt = deputyAllowanceAt == null ? kinds : Set.copyOf(deputyAllowanceAt);
        if (deputyVotesAt == null) {
            throw new IllegalArgumentException("meetings.deputyVotesAt is required: list the meeting kinds at which"
                    + " a deputy votes for the organisation, or [] where deputies never vote");
        }
        deputyVotesAt = Set.copyOf(deputyVotesAt);
        representationRequiredAt = representationRequiredAt == null ? Set.of() : Set.copyOf(representationRequiredAt);
        requireHeld("meetings.deputyAllowanceAt", deputyAllowanceAt, kinds);
        requireHeld("meetings.deputyVotesAt", deputyVotesAt, kinds);
        requireHeld("meetings.representationRequiredAt", representationRequiredAt, kinds);
        if (reminderLeadTimes == null) {
            reminderLeadTimes = List.of(Duration.ofDays(7), Duration.ofDays(1));
        }
        for (Duration lead : reminderLeadTimes) {
            if (lead == null || lead.isNegative() || lead.isZero()) {
                throw new IllegalArgumentException("meetings.reminderLeadTimes must be positive durations");
            }
        }
        reminderLeadTimes = List.copyOf(reminderLeadTimes);
    }

    /** Whether a deputy at a meeting of {@code kind} uses the yearly allowance (Bolton 32: at BLA meetings only). */
    public boolean deputyUsesAllowanceAt(MeetingKind kind) {
        return deputyAllowanceAt.contains(kind);
    }

    /** Whether a deputy attending a meeting of {@code kind} votes for the organisation (Bolton 33). */
    public boolean deputyVotes(MeetingKind kind) {
        return deputyVotesAt.contains(kind);
    }

    /** Whether every member must be represented at a meeting of {@code kind} (Bolton 28: the conference). */
    public boolean representationRequired(MeetingKind kind) {
        return representationRequiredAt.contains(kind);
    }

    /** "alliance meetings" or "alliance meetings and conferences", in the enum's order, for sentences. */
    public static String plural(Set<MeetingKind> kinds) {
        List<String> names = kinds.stream()
                .sorted(Comparator.naturalOrder())
                .map(MeetingKind::plural)
                .toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "no meetings" : names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.get(names.size() - 1);
    }

    private static void requireHeld(String field, Set<MeetingKind> some, Set<MeetingKind> kinds) {
        for (MeetingKind kind : some) {
            if (!kinds.contains(kind)) {
                throw new IllegalArgumentException(
                        field + " names " + kind + ", which is not one of this alliance's meetings.kinds");
            }
        }
    }
}
