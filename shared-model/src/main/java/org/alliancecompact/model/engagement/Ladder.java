package org.alliancecompact.model.engagement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.model.time.AcademicYear;

/**
 * The Oldham disengagement ladder as a pure function of an organisation's signals.
 *
 * <p>Fresh signals (those after the latest ENGAGEMENT_RESUMED) set the level:
 *
 * <ol>
 *   <li>level 1: at least {@code missedMeetingsForLevel1} missed meetings or unreturned evaluations within
 *       {@code lookback} before now;
 *   <li>level 2: documentation overdue for longer than {@code documentationGrace};
 *   <li>level 3: evidence of impact overdue for longer than {@code evidenceGrace};
 *   <li>level 4: level 3 held for {@code level4After}.
 * </ol>
 *
 * A resumption (ENGAGEMENT_RESUMED) answers the concern at the level it found: that level and every
 * level above it are closed (Oldham: the EPL de-escalates as the school re-engages). Concerns below it
 * stay open and keep counting only while they are still true: misses still inside the lookback,
 * documentation still overdue. So a school at level 2 for overdue documentation that resumes is at level
 * 1 only if it has also missed meetings, with that as its reason, and otherwise engaged; each further
 * resumption closes the next level down. Signals after the resumption escalate afresh and count
 * together with the concerns still open.
 */
public final class Ladder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Ladder() {}

    public static LadderAssessment assess(
            String memberId, Collection<Signal> signals, EngagementRules rules, Instant now) {
        return assess(memberId, signals, rules, now, AcademicYear.ENGLAND);
    }

    /** @param zone where dates in the reasons are written */
    public static LadderAssessment assess(
            String memberId, Collection<Signal> signals, EngagementRules rules, Instant now, ZoneId zone) {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (rules == null || now == null || zone == null) {
            throw new IllegalArgumentException("rules, now and zone are required");
        }
        List<Signal> own = (signals == null ? List.<Signal>of() : signals)
                .stream()
                        .filter(s -> s.memberId().equals(memberId))
                        .filter(s -> !s.at().isAfter(now))
                        .sorted(Comparator.comparing(Signal::at))
                        .toList();
        Result result = levelAt(own, rules, now, zone);
        if (result.level == 0) {
            return new LadderAssessment(memberId, 0, List.of(), List.of(), java.util.Set.of(), result.episode, false);
        }
        LadderLevel wording = rules.level(result.level);
        return new LadderAssessment(
                memberId,
                result.level,
                result.reasons,
                wording.actions(),
                wording.tell(),
                result.episode,
                result.steppedDown);
    }

    private record Result(int level, List<String> reasons, Instant episode, boolean steppedDown, List<Signal> open) {}

    /** What one set of signals shows at one instant: at most one finding per level, 1 to 4. */
    private record Finding(int level, String reason) {}

    /** The level at {@code now} from signals (sorted, none after now). */
    private static Result levelAt(List<Signal> signals, EngagementRules rules, Instant now, ZoneId zone) {
        Optional<Signal> lastResume = signals.stream()
                .filter(s -> s.kind() == SignalKind.ENGAGEMENT_RESUMED)
                .reduce((a, b) -> b);
        Instant cutoff = lastResume.map(Signal::at).orElse(null);
        List<Signal> fresh = cutoff == null
                ? signals
                : signals.stream().filter(s -> s.at().isAfter(cutoff)).toList();
        List<Signal> freshOpen =
                fresh.stream().filter(s -> s.kind().escalates()).toList();
        Finding[] freshFindings = findings(fresh, rules, now, zone);
        int freshLevel = highest(freshFindings);
        if (lastResume.isEmpty()) {
            return new Result(freshLevel, reasons(freshFindings), null, false, freshOpen);
        }
        // What the resumption found: everything strictly before it, judged at that moment.
        List<Signal> before =
                signals.stream().filter(s -> s.at().isBefore(cutoff)).toList();
        Result found = levelAt(before, rules, cutoff, zone);
        // The resumption answers the concern at the level it found: that level and those above it are
        // closed. Concerns below it stay open, and count only while they are still true now.
        int ceiling = Math.max(0, found.level - 1);
        List<Signal> open = new ArrayList<>();
        found.open.stream().filter(s -> levelOf(s.kind()) <= ceiling).forEach(open::add);
        open.addAll(freshOpen);
        open.sort(Comparator.comparing(Signal::at));
        Finding[] stillTrue = findings(open, rules, now, zone);
        Finding[] chosen = new Finding[5];
        for (int level = 1; level <= 4; level++) {
            chosen[level] = level <= ceiling ? stillTrue[level] : freshFindings[level];
        }
        int level = highest(chosen);
        List<String> reasons = new ArrayList<>();
        boolean steppedDown = level > freshLevel;
        if (steppedDown) {
            reasons.add("Stepped down from level " + found.level + " to level " + level + " when engagement resumed on "
                    + day(cutoff, zone) + "; still open:");
        }
        reasons.addAll(reasons(chosen));
        return new Result(level, level == 0 ? List.of() : reasons, cutoff, steppedDown, open);
    }

    /** The ladder level a signal of {@code kind} can reach by itself (level 4 grows out of level 3). */
    private static int levelOf(SignalKind kind) {
        return switch (kind) {
            case MEETING_MISSED, EVALUATION_NOT_RETURNED -> 1;
            case DOCUMENTATION_OVERDUE -> 2;
            case EVIDENCE_OVERDUE -> 3;
            case ENGAGEMENT_RESUMED -> 0;
        };
    }

    private static int highest(Finding[] findings) {
        for (int level = 4; level >= 1; level--) {
            if (findings[level] != null) {
                return level;
            }
        }
        return 0;
    }

    private static List<String> reasons(Finding[] findings) {
        List<String> reasons = new ArrayList<>();
        for (int level = 1; level <= 4; level++) {
            if (findings[level] != null) {
                reasons.add(findings[level].reason());
            }
        }
        return reasons;
    }

    /** Findings indexed by level (1 to 4; null where the signals do not reach that level). */
    private static Finding[] findings(List<Signal> signals, EngagementRules rules, Instant now, ZoneId zone) {
        Finding[] found = new Finding[5];
        Instant windowStart = now.minus(rules.lookback());
        List<Signal> misses = signals.stream()
                .filter(s -> s.kind() == SignalKind.MEETING_MISSED || s.kind() == SignalKind.EVALUATION_NOT_RETURNED)
                .filter(s -> s.at().isAfter(windowStart))
                .toList();
        if (misses.size() >= rules.missedMeetingsForLevel1()) {
            found[1] = new Finding(
                    1,
                    missed(misses) + " in the last " + rules.lookback().toDays() + " days: " + describe(misses, zone)
                            + ".");
        }
        Optional<Signal> documentation =
                firstOverdue(signals, SignalKind.DOCUMENTATION_OVERDUE, rules.documentationGrace(), now);
        if (documentation.isPresent()) {
            found[2] = new Finding(2, overdue("Documentation", documentation.get(), rules.documentationGrace(), zone));
        }
        Optional<Signal> evidence = firstOverdue(signals, SignalKind.EVIDENCE_OVERDUE, rules.evidenceGrace(), now);
        if (evidence.isPresent()) {
            found[3] = new Finding(3, overdue("Evidence of impact", evidence.get(), rules.evidenceGrace(), zone));
            Instant level3Since = evidence.get().at().plus(rules.evidenceGrace());
            if (!now.isBefore(level3Since.plus(rules.level4After()))) {
                found[4] = new Finding(
                        4,
                        "At level 3 since " + day(level3Since, zone) + " without resuming engagement, for "
                                + rules.level4After().toDays() + " days or more.");
            }
        }
        return found;
    }

    /** The earliest signal of {@code kind} overdue for longer than {@code grace} at {@code now}. */
    private static Optional<Signal> firstOverdue(
            List<Signal> fresh, SignalKind kind, java.time.Duration grace, Instant now) {
        return fresh.stream()
                .filter(s -> s.kind() == kind)
                .filter(s -> now.isAfter(s.at().plus(grace)))
                .findFirst();
    }

    /**
     * What was missed, each kind with its own number: "Missed 2 meetings", "Did not return 1 evaluation of
     * support", or both joined ("Missed 1 meeting and did not return 1 evaluation of support").
     */
    private static String missed(List<Signal> misses) {
        long meetings = misses.stream()
                .filter(s -> s.kind() == SignalKind.MEETING_MISSED)
                .count();
        long evaluations = misses.size() - meetings;
        String meetingsMissed = Words.count(meetings, "meeting", "meetings");
        String evaluationsNotReturned = Words.count(evaluations, "evaluation", "evaluations") + " of support";
        if (evaluations == 0) {
            return "Missed " + meetingsMissed;
        }
        if (meetings == 0) {
            return "Did not return " + evaluationsNotReturned;
        }
        return "Missed " + meetingsMissed + " and did not return " + evaluationsNotReturned;
    }

    /**
     * "Documentation overdue since 1 October 2026, beyond the 14 days allowed (note: “…”)." The signal's
     * date is when the thing was due; its detail, if any, is the coordinator's note and is quoted as such.
     */
    private static String overdue(String what, Signal signal, java.time.Duration grace, ZoneId zone) {
        String note = signal.detail() == null ? "" : " (note: \u201c" + signal.detail() + "\u201d)";
        return what + " overdue since " + day(signal.at(), zone) + ", beyond the " + Words.days(grace.toDays())
                + " allowed" + note + ".";
    }

    private static String describe(List<Signal> signals, ZoneId zone) {
        return String.join(
                ", ",
                signals.stream()
                        .map(s -> s.detail() == null ? day(s.at(), zone) : s.detail() + " (" + day(s.at(), zone) + ")")
                        .toList());
    }

    private static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }
}
