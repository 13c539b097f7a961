package org.alliancecompact.slack.flows;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.alliancecompact.model.meeting.DeputyAllowance;
import org.alliancecompact.model.meeting.DeputyDecision;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingRules;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.text.BotText;

/**
 * The words of a deputy decision (Bolton 32: the allowance per academic year at BLA meetings; Bolton 33: whether
 * the deputy votes), made from the decision's facts with the bundle's meetings section: meeting titles set apart in
 * quotes so a title such as "Alliance meeting: moderation" never runs into the sentence, the allowance as "your
 * 1st of 1 deputy this year (2026/27)", and a refusal in the past tense when the deputy already used has stood in.
 *
 * <p>Every text here is plain: callers escape it for mrkdwn ({@link Ui#esc}) where it is shown as mrkdwn, and show
 * it as it is in a form's field error (plain text in Slack).
 */
record DeputyText(Services s) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * After a deputy is booked for {@code organisation}: whether it counts against the allowance and which use it
     * is, and whether the deputy votes. One or two sentences.
     */
    String booked(DeputyDecision d, Meeting m, MeetingRules rules, String organisation) {
        String allowance;
        if (!rules.deputyUsesAllowanceAt(m.kind())) {
            allowance = notCounted(m, rules);
        } else if (!d.allowance().limited()) {
            allowance = BotText.get("meetings.deputy.noLimit", MeetingRules.plural(rules.deputyAllowanceAt()));
        } else {
            allowance = BotText.get(
                    "meetings.deputy.counted",
                    organisation,
                    ordinal(d.usedThisYear() + 1),
                    Words.count(d.allowance().perYear(), "deputy", "deputies"),
                    MeetingRules.plural(rules.deputyAllowanceAt()),
                    d.academicYear());
        }
        return allowance + " " + vote(d.carriesVote(), organisation);
    }

    /**
     * Before a deputy is named (the deputy form): how the allowance applies to {@code m}, which use this one would
     * be, and whether the deputy votes.
     */
    String note(DeputyDecision d, Meeting m, MeetingRules rules, String organisation) {
        String limitedAt = MeetingRules.plural(rules.deputyAllowanceAt());
        DeputyAllowance perYear = rules.deputyAllowancePerYear();
        String allowance;
        if (!rules.deputyUsesAllowanceAt(m.kind())) {
            allowance = notCounted(m, rules);
        } else if (!perYear.limited()) {
            allowance = BotText.get("meetings.deputy.noLimit", limitedAt);
        } else if (perYear.perYear() == 0) {
            allowance = BotText.get("meetings.deputy.none", limitedAt);
        } else {
            allowance = BotText.get(
                    "meetings.deputy.wouldBe",
                    organisation,
                    ordinal(d.usedThisYear() + 1),
                    perYear.howOften(),
                    limitedAt,
                    d.academicYear());
        }
        return allowance + " " + vote(rules.deputyVotes(m.kind()), organisation);
    }

    /** Why no deputy this time, and whom to ask: the first use in the past tense once its meeting has begun. */
    String refusal(DeputyDecision d, MeetingRules rules, String organisation, String whoToAsk) {
        String limitedAt = MeetingRules.plural(rules.deputyAllowanceAt());
        if (d.allowance().perYear() == 0 || d.firstUseStartsAt() == null) {
            return BotText.get("meetings.deputy.refused.none", limitedAt, whoToAsk);
        }
        return BotText.get(
                "meetings.deputy.refused.used",
                organisation,
                d.academicYear(),
                d.allowance().howOften(),
                limitedAt,
                firstUse(d),
                whoToAsk);
    }

    /** "a deputy stood in at ‘Autumn meeting’ on 30 November 2026" (or "is to stand in" when still to come). */
    String firstUse(DeputyDecision d) {
        return BotText.get(
                hasBegun(d.firstUseStartsAt()) ? "meetings.deputy.firstUse.past" : "meetings.deputy.firstUse.future",
                d.firstUseMeetingTitle(),
                DAY.format(d.firstUseDate()));
    }

    private boolean hasBegun(Instant startsAt) {
        return !startsAt.isAfter(s.now());
    }

    private static String notCounted(Meeting m, MeetingRules rules) {
        DeputyAllowance allowance = rules.deputyAllowancePerYear();
        return rules.deputyAllowanceAt().isEmpty() || !allowance.limited()
                ? BotText.get("meetings.deputy.notCounted", m.kind().withArticle())
                : BotText.get(
                        "meetings.deputy.notCounted.limit",
                        m.kind().withArticle(),
                        allowance.howOften(),
                        MeetingRules.plural(rules.deputyAllowanceAt()));
    }

    private static String vote(boolean votes, String organisation) {
        return votes ? BotText.get("meetings.deputy.votes", organisation) : BotText.get("meetings.deputy.noVote");
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "21st": the English ordinal suffixes, from the bundle. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return BotText.get("meetings.ordinal." + suffix, Integer.toString(n));
    }
}
