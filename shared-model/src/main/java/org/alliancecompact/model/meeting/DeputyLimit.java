package org.alliancecompact.model.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.alliancecompact.model.time.AcademicYear;

/**
 * The deputy allowance (Bolton 32: "Deputy Heads (equivalent) will only be able to deputise for the Head
 * once per academic year at BLA meetings"). Uses are counted per organisation in the academic year of the
 * meeting asked about, so a use last year does not count; re-asking for a meeting already booked is not a
 * second use. Only meetings of the profile's {@code deputyAllowanceAt} kinds count and are limited; whether
 * the deputy votes depends on the meeting's kind ({@code deputyVotesAt}, Bolton 33).
 */
public final class DeputyLimit {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Who to ask when the allowance is used up, unless the caller names someone else. */
    public static final String DEFAULT_CONTACT = "the alliance coordinator";

    private DeputyLimit() {}

    /** Decision in England's time zone, refusals pointing at {@link #DEFAULT_CONTACT}. */
    public static DeputyDecision decide(
            String memberId, Meeting meeting, Collection<DeputyUse> pastUses, MeetingRules rules) {
        return decide(memberId, meeting, pastUses, rules, AcademicYear.ENGLAND, DEFAULT_CONTACT);
    }

    /**
     * @param zone the alliance's time zone, in which the academic year is judged
     * @param contact who a refused member should ask for an exception, such as "the BLA chair"
     */
    public static DeputyDecision decide(
            String memberId,
            Meeting meeting,
            Collection<DeputyUse> pastUses,
            MeetingRules rules,
            ZoneId zone,
            String contact) {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (meeting == null || rules == null || zone == null) {
            throw new IllegalArgumentException("meeting, rules and zone are required");
        }
        AcademicYear year = AcademicYear.containing(meeting.startsAt(), zone);
        // Bolton 32: only deputies "at BLA meetings" count; a deputy at the conference or a working group
        // neither uses the allowance nor is refused by it.
        List<DeputyUse> thisYear = (pastUses == null ? List.<DeputyUse>of() : pastUses)
                .stream()
                        .filter(u -> u.memberId().equals(memberId))
                        .filter(u -> !u.meetingId().equals(meeting.id()))
                        .filter(u -> rules.deputyUsesAllowanceAt(u.meetingKind()))
                        .filter(u -> year.contains(u.meetingStartsAt(), zone))
                        .sorted(Comparator.comparing(DeputyUse::meetingStartsAt))
                        .toList();
        DeputyAllowance allowance = rules.deputyAllowancePerYear();
        int used = thisYear.size();
        LocalDate firstDate = thisYear.isEmpty()
                ? null
                : thisYear.get(0).meetingStartsAt().atZone(zone).toLocalDate();
        String firstTitle = thisYear.isEmpty() ? null : thisYear.get(0).meetingTitle();
        Instant firstStarts = thisYear.isEmpty() ? null : thisYear.get(0).meetingStartsAt();
        // Bolton 33: the deputy votes "at a BLA meeting", so not at the conference.
        boolean vote = rules.deputyVotes(meeting.kind());
        String voteSentence = vote ? " The deputy votes for your organisation." : " The deputy does not vote.";
        String limitedAt = MeetingRules.plural(rules.deputyAllowanceAt());
        if (!rules.deputyUsesAllowanceAt(meeting.kind())) {
            String reason =
                    "A deputy may attend " + meeting.title() + " for you. " + notCounted(meeting, rules) + voteSentence;
            return new DeputyDecision(
                    true, reason, year.label(), used, allowance, firstDate, firstTitle, firstStarts, vote, false);
        }
        if (!allowance.limited()) {
            // issue 17, point 7: no limit is said in words, never as "deputy use 1 of 99"
            String reason = "A deputy may attend " + meeting.title() + " for you: there is no limit on deputies at "
                    + limitedAt + "." + voteSentence;
            return new DeputyDecision(
                    true, reason, year.label(), used, allowance, firstDate, firstTitle, firstStarts, vote, true);
        }
        if (allowance.allowsAnotherAfter(used)) {
            String reason = "A deputy may attend " + meeting.title() + " for you: deputy use " + (used + 1) + " of "
                    + allowance.perYear() + " at " + limitedAt + " in " + year.label() + "." + voteSentence;
            return new DeputyDecision(
                    true, reason, year.label(), used, allowance, firstDate, firstTitle, firstStarts, vote, true);
        }
        String who = contact == null || contact.isBlank() ? DEFAULT_CONTACT : contact.strip();
        String reason;
        if (allowance.perYear() == 0) {
            reason = "This alliance does not allow deputies at " + limitedAt + ". Please attend or send apologies;"
                    + " ask " + who + " if there are exceptional circumstances.";
        } else {
            reason = "Your organisation has used its deputy allowance for " + year.label() + " (" + allowance.howOften()
                    + " per academic year at " + limitedAt + "): a deputy stands in for " + firstTitle + " on "
                    + DAY.format(firstDate) + ". Please attend in person or send apologies; ask " + who
                    + " if there are exceptional circumstances.";
        }
        return new DeputyDecision(
                false, reason, year.label(), used, allowance, firstDate, firstTitle, firstStarts, false, false);
    }

    private static String notCounted(Meeting meeting, MeetingRules rules) {
        String sentence = "A deputy at " + meeting.kind().withArticle() + " does not use your deputy allowance";
        DeputyAllowance allowance = rules.deputyAllowancePerYear();
        return rules.deputyAllowanceAt().isEmpty() || !allowance.limited()
                ? sentence + "."
                : sentence + " (" + allowance.howOften() + " per academic year at "
                        + MeetingRules.plural(rules.deputyAllowanceAt()) + ").";
    }

    /**
     * One sentence for whoever is about to name a deputy for {@code meeting}: how the allowance applies
     * to it (Bolton 32) and whether the deputy votes there (Bolton 33).
     */
    public static String allowanceNote(Meeting meeting, MeetingRules rules) {
        if (meeting == null || rules == null) {
            throw new IllegalArgumentException("meeting and rules are required");
        }
        String limitedAt = MeetingRules.plural(rules.deputyAllowanceAt());
        DeputyAllowance perYear = rules.deputyAllowancePerYear();
        String allowance;
        if (!rules.deputyUsesAllowanceAt(meeting.kind())) {
            allowance = notCounted(meeting, rules);
        } else if (!perYear.limited()) {
            allowance = "There is no limit on deputies at " + limitedAt + ".";
        } else if (perYear.perYear() == 0) {
            allowance = "This alliance does not allow deputies at " + limitedAt + ".";
        } else {
            allowance = "A deputy may stand in " + perYear.howOften() + " per academic year at " + limitedAt + ".";
        }
        return allowance
                + (rules.deputyVotes(meeting.kind())
                        ? " The deputy votes for your organisation."
                        : " The deputy does not vote.");
    }
}
