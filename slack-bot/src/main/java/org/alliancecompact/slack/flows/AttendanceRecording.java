package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.AttendanceForm.expected;
import static org.alliancecompact.slack.flows.AttendanceForm.outcomeLabel;
import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.view.View;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.engagement.EngagementSignals;
import org.alliancecompact.model.engagement.Ladder;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.model.meeting.Attendance;
import org.alliancecompact.model.meeting.AttendanceOutcome;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingRules;
import org.alliancecompact.model.meeting.Representation;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.store.EngagementStore;
import org.alliancecompact.slack.text.BotText;

/**
 * Recording the attendance a coordinator submits: every row checked, then stored with its engagement signals at once
 * (a missed meeting, or engagement resumed, judged from the levels as they stood when the meeting began, so a
 * correction never doubles a signal); deputies' votes by the profile's rule (Bolton 33), the coordinators told who
 * was not represented where every member must be (Bolton 28), and the ladder moved at once.
 */
record AttendanceRecording(Services s, MeetingText meetingText, MeetingMembers roll, EngagementFlow engagement) {
    private MeetingRules rules() {
        return s.profile.meetings();
    }

    /** Stores the whole attendance and its engagement signals at once; errors by block id. */
    Map<String, String> submitAttendance(Caller c, View view, Reply reply) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!c.coordinator()) {
            return Map.of("att", BotText.get("meetings.attendance.onlyCoordinators"));
        }
        String metadata = view.getPrivateMetadata() == null ? "" : view.getPrivateMetadata();
        boolean byException = metadata.endsWith(AttendanceForm.BY_EXCEPTION);
        Meeting m = s.meetings
                .find(
                        byException
                                ? metadata.substring(0, metadata.length() - AttendanceForm.BY_EXCEPTION.length())
                                : metadata)
                .orElse(null);
        if (m == null) {
            return Map.of(byException ? "deputies" : "att", BotText.get("meetings.attendance.noMeeting"));
        }
        Map<String, Rsvp> answers = s.meetings.rsvps(m.id()).stream().collect(Collectors.toMap(Rsvp::memberId, r -> r));
        List<Attendance> rows =
                byException ? exceptionRows(c, view, m, answers, errors) : formRows(c, view, m, answers, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        MeetingRules meetingRules = rules();
        // Levels as they stood when this meeting began: whether attending resumes engagement depends on them.
        // Judged from the signals, not the stored level, which already counts this meeting when attendance
        // is corrected (the ladder moves as attendance is taken).
        Map<String, List<Signal>> signals = s.engagement.signalsByMember();
        Instant began = m.startsAt().minusMillis(1);
        Map<String, Integer> levels = rows.stream()
                .collect(Collectors.toMap(
                        Attendance::memberId,
                        a -> Ladder.assess(
                                        a.memberId(),
                                        signals.getOrDefault(a.memberId(), List.of()),
                                        s.profile.engagement(),
                                        began,
                                        s.profile.timeZone())
                                .level(),
                        (x, y) -> x));
        s.meetings.recordAttendance(rows, a -> a.carriesVote(meetingRules, m.kind()), h -> {
            for (Attendance a : rows) {
                if (!a.outcome().missed()) {
                    // attendance corrected from absent: the missed meeting no longer counts
                    EngagementStore.remove(h, missedKey(m, a.memberId()));
                }
                if (!a.outcome().represented()) {
                    // corrected from present: the organisation did not resume engagement at this meeting
                    EngagementStore.remove(h, resumedKey(m, a.memberId()));
                }
                EngagementSignals.fromAttendance(a, m, levels.getOrDefault(a.memberId(), 0), meetingRules)
                        .ifPresent(signal -> EngagementStore.add(
                                h,
                                signal,
                                signal.kind() == SignalKind.MEETING_MISSED
                                        ? missedKey(m, a.memberId())
                                        : resumedKey(m, a.memberId())));
            }
        });
        boolean deputiesVoted = rows.stream()
                .anyMatch(
                        a -> a.outcome() == AttendanceOutcome.PRESENT_DEPUTY && a.carriesVote(meetingRules, m.kind()));
        // Bolton 28: at a meeting every member must be represented at, the coordinators hear who was not.
        List<String> unrepresented = Representation.unrepresented(
                m, rows.stream().map(Attendance::memberId).toList(), rows, meetingRules);
        Map<AttendanceOutcome, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(
                        Attendance::outcome, () -> new EnumMap<>(AttendanceOutcome.class), Collectors.counting()));
        String summary = Words.list(counts.entrySet().stream()
                .map(e -> e.getValue() + " " + outcomeLabel(e.getKey()).toLowerCase(Locale.ROOT))
                .toList());
        s.later(reply, () -> {
            reply.text(BotText.get("meetings.attendance.recorded", meetingText.describe(m), summary)
                    + (deputiesVoted ? BotText.get("meetings.attendance.deputiesVote") : ""));
            if (!unrepresented.isEmpty()) {
                tellCoordinatorsOfUnrepresented(m, unrepresented, meetingRules);
            }
            // The ladder moves now for every organisation this attendance touches, not at the 06:30 job.
            for (Attendance a : rows) {
                s.directory.member(a.memberId()).ifPresent(engagement::recompute);
            }
        });
        return errors;
    }

    private void tellCoordinatorsOfUnrepresented(Meeting m, List<String> memberIds, MeetingRules meetingRules) {
        String names = Words.list(
                memberIds.stream().map(id -> esc(s.directory.nameOf(id))).toList());
        String text = BotText.get(
                        "meetings.unrepresented.text",
                        meetingText.describe(m),
                        names,
                        MeetingRules.plural(meetingRules.representationRequiredAt()))
                + (meetingRules.unrepresentedCountsAsMissed() ? BotText.get("meetings.unrepresented.missed") : "");
        s.slack.postToEach(
                s.directory.coordinators(),
                BotText.get("meetings.unrepresented.title", esc(m.title())),
                List.of(Ui.text(text)));
    }

    private static String resumedKey(Meeting m, String memberId) {
        return "resumed:" + m.id() + ":" + memberId;
    }

    /** The rows of the form with a row per organisation; problems go in {@code errors} by block id. */
    private List<Attendance> formRows(
            Caller c, View view, Meeting m, Map<String, Rsvp> answers, Map<String, String> errors) {
        List<Attendance> rows = new ArrayList<>();
        Instant now = s.now();
        for (MemberDto member : roll.currentMembers()) {
            String raw = Ui.value(view, "att:" + member.id());
            AttendanceOutcome outcome;
            try {
                outcome = AttendanceOutcome.valueOf(raw == null ? "" : raw);
            } catch (IllegalArgumentException e) {
                errors.put("att:" + member.id(), BotText.get("meetings.attendance.error.choose"));
                continue;
            }
            String deputy = Ui.value(view, "dep:" + member.id());
            if (deputy != null && deputy.isBlank()) {
                deputy = null;
            }
            if (outcome != AttendanceOutcome.PRESENT_DEPUTY) {
                // a name here says a deputy came: refused rather than dropped, so the two never disagree
                if (deputy != null) {
                    errors.put("dep:" + member.id(), deputyOnlyForPresentByDeputy());
                }
                deputy = null;
            } else if (deputy == null) {
                Rsvp r = answers.get(member.id());
                deputy = r == null ? null : r.deputyName();
            }
            try {
                rows.add(new Attendance(m.id(), member.id(), outcome, deputy, c.slackUser(), now));
            } catch (IllegalArgumentException e) {
                errors.put("dep:" + member.id(), BotText.get("meetings.attendance.error.deputy", member.name()));
            }
        }
        return rows;
    }

    /**
     * The rows of the by-exception form: each organisation as its answer said, unless it was chosen
     * under another outcome; deputies named in the form, else in the answer.
     */
    private List<Attendance> exceptionRows(
            Caller c, View view, Meeting m, Map<String, Rsvp> answers, Map<String, String> errors) {
        List<MemberDto> members = roll.currentMembers();
        Map<String, AttendanceOutcome> chosen = new HashMap<>();
        for (AttendanceOutcome o : AttendanceOutcome.values()) {
            for (String id : Ui.values(view, "exc:" + o.name())) {
                AttendanceOutcome before = chosen.put(id, o);
                if (before != null && before != o) {
                    errors.put(
                            "exc:" + o.name(),
                            BotText.get(
                                    "meetings.attendance.error.alsoChosen",
                                    s.directory.nameOf(id),
                                    outcomeLabel(before).toLowerCase(Locale.ROOT)));
                }
            }
        }
        Map<String, String> deputies = new HashMap<>();
        String typed = Ui.value(view, "deputies");
        for (String line : typed == null ? new String[0] : typed.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            String organisation =
                    colon < 0 ? line.strip() : line.substring(0, colon).strip();
            Optional<MemberDto> member = members.stream()
                    .filter(x -> x.name().equalsIgnoreCase(organisation) || x.id().equalsIgnoreCase(organisation))
                    .findFirst();
            if (colon < 0 || line.substring(colon + 1).isBlank()) {
                errors.put("deputies", BotText.get("meetings.attendance.error.deputyLine", line.strip()));
            } else if (member.isEmpty()) {
                errors.put("deputies", BotText.get("meetings.attendance.error.noSuchOrganisation", organisation));
            } else {
                deputies.put(member.get().id(), line.substring(colon + 1).strip());
            }
        }
        List<Attendance> rows = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        List<String> notByDeputy = new ArrayList<>();
        Instant now = s.now();
        for (MemberDto member : members) {
            Rsvp r = answers.get(member.id());
            AttendanceOutcome outcome = chosen.getOrDefault(member.id(), expected(r));
            String deputy = null;
            if (outcome != AttendanceOutcome.PRESENT_DEPUTY && deputies.containsKey(member.id())) {
                notByDeputy.add(member.name());
            }
            if (outcome == AttendanceOutcome.PRESENT_DEPUTY) {
                deputy = deputies.getOrDefault(member.id(), r == null ? null : r.deputyName());
                if (deputy == null) {
                    unnamed.add(member.name());
                    continue;
                }
            }
            rows.add(new Attendance(m.id(), member.id(), outcome, deputy, c.slackUser(), now));
        }
        if (!unnamed.isEmpty()) {
            errors.put("deputies", BotText.get("meetings.attendance.error.unnamed", Words.list(unnamed)));
        } else if (!notByDeputy.isEmpty()) {
            errors.put(
                    "deputies",
                    BotText.get(
                            "meetings.attendance.error.deputyNotChosen",
                            Words.list(notByDeputy),
                            notByDeputy.size(),
                            outcomeLabel(AttendanceOutcome.PRESENT_DEPUTY)));
        }
        return rows;
    }

    private static String deputyOnlyForPresentByDeputy() {
        return BotText.get("meetings.attendance.error.deputyOnly", outcomeLabel(AttendanceOutcome.PRESENT_DEPUTY));
    }

    /** One missed-meeting signal per organisation and meeting, so re-recording never doubles it. */
    private static String missedKey(Meeting m, String memberId) {
        return "missed:" + m.id() + ":" + memberId;
    }
}
