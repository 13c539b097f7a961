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
 * A resumption does not wipe the slate: it steps the level it found down by one (Oldham: the EPL
 * de-escalates as the school re-engages), and each further resumption steps it down again. The level is
 * the higher of the fresh level and what the last resumption left.
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

    private record Result(int level, List<String> reasons, Instant episode, boolean steppedDown) {}

    /** The level at {@code now} from signals (sorted, none after now). */
    private static Result levelAt(List<Signal> signals, EngagementRules rules, Instant now, ZoneId zone) {
        Optional<Signal> lastResume = signals.stream()
                .filter(s -> s.kind() == SignalKind.ENGAGEMENT_RESUMED)
                .reduce((a, b) -> b);
        Instant cutoff = lastResume.map(Signal::at).orElse(null);
        List<Signal> fresh = cutoff == null
                ? signals
                : signals.stream().filter(s -> s.at().isAfter(cutoff)).toList();
        List<String> reasons = new ArrayList<>();
        int freshLevel = freshLevel(fresh, rules, now, zone, reasons);
        if (lastResume.isEmpty()) {
            return new Result(freshLevel, reasons, null, false);
        }
        // What the resumption found: everything strictly before it, judged at that moment.
        List<Signal> before =
                signals.stream().filter(s -> s.at().isBefore(cutoff)).toList();
        Result found = levelAt(before, rules, cutoff, zone);
        int carried = Math.max(0, found.level - 1);
        if (carried > freshLevel) {
            List<String> carriedReasons = new ArrayList<>();
            carriedReasons.add("Stepped down from level " + found.level + " to level " + carried
                    + " when engagement resumed on " + day(cutoff, zone) + ".");
            carriedReasons.addAll(found.reasons);
            carriedReasons.addAll(reasons);
            return new Result(carried, carriedReasons, cutoff, true);
        }
        return new Result(freshLevel, reasons, cutoff, false);
    }

    private static int freshLevel(
            List<Signal> fresh, EngagementRules rules, Instant now, ZoneId zone, List<String> reasons) {
        int level = 0;
        Instant windowStart = now.minus(rules.lookback());
        List<Signal> misses = fresh.stream()
                .filter(s -> s.kind() == SignalKind.MEETING_MISSED || s.kind() == SignalKind.EVALUATION_NOT_RETURNED)
                .filter(s -> s.at().isAfter(windowStart))
                .toList();
        if (misses.size() >= rules.missedMeetingsForLevel1()) {
            level = 1;
            reasons.add("Missed " + misses.size() + " meetings or evaluations in the last "
                    + rules.lookback().toDays() + " days: " + describe(misses, zone) + ".");
        }
        Optional<Signal> documentation =
                firstOverdue(fresh, SignalKind.DOCUMENTATION_OVERDUE, rules.documentationGrace(), now);
        if (documentation.isPresent()) {
            level = 2;
            reasons.add("Documentation overdue since " + describe(List.of(documentation.get()), zone) + ", beyond the "
                    + rules.documentationGrace().toDays() + " days allowed.");
        }
        Optional<Signal> evidence = firstOverdue(fresh, SignalKind.EVIDENCE_OVERDUE, rules.evidenceGrace(), now);
        if (evidence.isPresent()) {
            level = 3;
            reasons.add("Evidence of impact overdue since " + describe(List.of(evidence.get()), zone) + ", beyond the "
                    + rules.evidenceGrace().toDays() + " days allowed.");
            Instant level3Since = evidence.get().at().plus(rules.evidenceGrace());
            if (!now.isBefore(level3Since.plus(rules.level4After()))) {
                level = 4;
                reasons.add("At level 3 since " + day(level3Since, zone) + " without resuming engagement, for "
                        + rules.level4After().toDays() + " days or more.");
            }
        }
        return level;
    }

    /** The earliest signal of {@code kind} overdue for longer than {@code grace} at {@code now}. */
    private static Optional<Signal> firstOverdue(
            List<Signal> fresh, SignalKind kind, java.time.Duration grace, Instant now) {
        return fresh.stream()
                .filter(s -> s.kind() == kind)
                .filter(s -> now.isAfter(s.at().plus(grace)))
                .findFirst();
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
