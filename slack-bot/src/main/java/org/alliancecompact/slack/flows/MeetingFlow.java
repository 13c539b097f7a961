package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.alliancecompact.model.meeting.DeputyDecision;
import org.alliancecompact.model.meeting.DeputyLimit;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.meeting.MeetingRules;
import org.alliancecompact.model.meeting.ReminderSchedule;
import org.alliancecompact.model.meeting.Representation;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.store.EngagementStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meetings: coordinators add them, members answer invitations (attend, send a deputy within the
 * profile's allowance, or send apologies), non-responders are reminded at the profile's lead times,
 * and coordinators see who is coming and take attendance afterwards.
 */
final class MeetingFlow {
    private static final Logger log = LoggerFactory.getLogger(MeetingFlow.class);
    static final String ADD_MODAL = "meeting_add";
    static final String DEPUTY_MODAL = "rsvp_deputy";
    static final String ATTENDANCE_MODAL = "meeting_attendance";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private final Services s;
    private final EngagementFlow engagement;

    MeetingFlow(Services s, EngagementFlow engagement) {
        this.s = s;
        this.engagement = engagement;
    }

    private MeetingRules rules() {
        return s.profile.meetings();
    }

    String when(Meeting m) {
        return WHEN.format(m.startsAt().atZone(s.profile.timeZone()));
    }

    private static String where(Meeting m) {
        List<String> parts = new ArrayList<>();
        if (m.place() != null) {
            parts.add(esc(m.place()));
        }
        if (m.link() != null) {
            parts.add(Ui.link(m.link(), "online link"));
        }
        return String.join(" / ", parts);
    }

    String describe(Meeting m) {
        return "*" + esc(m.title()) + "* (#" + m.id() + ", " + kindLabel(m.kind()) + ") — " + when(m) + " — " + where(m)
                + (m.confidential() ? " — _confidential_" : "");
    }

    static String kindLabel(MeetingKind k) {
        String t = k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    // ---- listing ------------------------------------------------------------------------------

    /** `/alliance meetings`: upcoming meetings, the caller's answers and the buttons that fit them. */
    void list(Caller c, Reply reply) {
        List<Meeting> upcoming = s.meetings.startingFrom(s.now());
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (c.coordinator()) {
            blocks.add(Ui.buttons("meetings_admin", List.of(Ui.primary("meeting:add", "Add a meeting", "add"))));
            List<Meeting> recent = s.meetings.startedBetween(s.now().minus(Duration.ofDays(30)), s.now());
            for (Meeting m : recent) {
                blocks.add(Ui.text("Past: " + describe(m)));
                blocks.add(Ui.buttons(
                        "past_" + m.id(),
                        List.of(
                                Ui.button("meeting:who", "Who came", m.id()),
                                Ui.button("meeting:attendance", "Take attendance", m.id()))));
            }
        }
        if (upcoming.isEmpty()) {
            blocks.add(Ui.text("No meetings are scheduled."));
            text.append("No meetings are scheduled.");
        }
        for (Meeting m : upcoming) {
            String line = describe(m);
            if (c.isMember()) {
                RsvpChoice choice =
                        s.meetings.rsvp(m.id(), c.memberId()).map(Rsvp::choice).orElse(RsvpChoice.NO_REPLY);
                line += "\nYour organisation's answer: *" + choiceLabel(choice) + "*";
            }
            blocks.add(Ui.text(line));
            text.append(line).append('\n');
            List<ButtonElement> buttons = new ArrayList<>();
            if (c.isMember()) {
                buttons.addAll(rsvpButtons(m.id()));
            }
            if (c.coordinator()) {
                buttons.add(Ui.button("meeting:who", "Who is coming", m.id()));
            }
            if (!buttons.isEmpty()) {
                blocks.add(Ui.buttons("meeting_" + m.id(), buttons));
            }
        }
        reply.show(text.toString().isBlank() ? "Meetings" : text.toString(), blocks);
    }

    static List<ButtonElement> rsvpButtons(String meetingId) {
        return List.of(
                Ui.primary("rsvp:attend", "Attend", meetingId),
                Ui.button("rsvp:deputy", "Send a deputy", meetingId),
                Ui.button("rsvp:apologies", "Send apologies", meetingId));
    }

    static String choiceLabel(RsvpChoice c) {
        return switch (c) {
            case ATTENDING -> "attending";
            case DEPUTY -> "sending a deputy";
            case APOLOGIES -> "apologies";
            case NO_REPLY -> "no reply yet";
        };
    }

    // ---- adding a meeting ---------------------------------------------------------------------

    View addModal() {
        List<OptionObject> kinds = rules().kinds().stream()
                .sorted()
                .map(k -> Ui.opt(kindLabel(k), k.name()))
                .toList();
        return Ui.modal(
                ADD_MODAL,
                "Add a meeting",
                "Add",
                "",
                List.of(
                        Ui.select("kind", "Kind", kinds, null, false),
                        Ui.textInput("title", "Title", false, false, Meeting.MAX_TITLE_LENGTH),
                        Ui.date("date", "Date"),
                        Ui.time("time", "Start time (" + s.profile.timeZone().getId() + ")"),
                        Ui.textInput("place", "Place", false, true, 500),
                        Ui.textInput("link", "Online link (https://…)", false, true, 500),
                        Ui.checkbox("confidential", "Confidentiality", "Confidential: keep details out of channels")));
    }

    /** Checks and stores a new meeting; returns modal errors by block id (empty when stored). */
    Map<String, String> add(Caller c, View view) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!c.coordinator()) {
            errors.put("title", "Only coordinators add meetings.");
            return errors;
        }
        MeetingKind kind = null;
        try {
            kind = MeetingKind.valueOf(
                    Optional.ofNullable(Ui.value(view, "kind")).orElse(""));
        } catch (IllegalArgumentException e) {
            errors.put("kind", "Choose the kind of meeting.");
        }
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.parse(Optional.ofNullable(Ui.value(view, "date")).orElse(""));
        } catch (DateTimeParseException e) {
            errors.put("date", "Choose the date of the meeting.");
        }
        try {
            time = LocalTime.parse(Optional.ofNullable(Ui.value(view, "time")).orElse(""));
        } catch (DateTimeParseException e) {
            errors.put("time", "Choose the start time, such as 16:00.");
        }
        Instant startsAt = null;
        if (date != null && time != null) {
            startsAt = ZonedDateTime.of(date, time, s.profile.timeZone()).toInstant();
            if (!startsAt.isAfter(s.now())) {
                errors.put("date", "The meeting must be in the future.");
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Meeting meeting;
        try {
            meeting = Meeting.schedule(
                    "new",
                    kind,
                    Ui.value(view, "title"),
                    startsAt,
                    Ui.value(view, "place"),
                    Ui.value(view, "link"),
                    "yes".equals(Ui.value(view, "confidential")),
                    rules());
        } catch (IllegalArgumentException e) {
            errors.put(blockFor(e.getMessage()), e.getMessage());
            return errors;
        }
        Meeting stored = s.meetings.insert(meeting, c.slackUser(), s.now());
        planReminders(stored);
        s.later(dm(c.slackUser()), () -> invite(stored, c));
        return errors;
    }

    /** The modal block a domain validation message is about (messages start with the field). */
    private static String blockFor(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        for (String field : List.of("title", "kind", "place", "link")) {
            if (m.startsWith(field)) {
                return field;
            }
        }
        return m.startsWith("startsat") ? "date" : "title";
    }

    void planReminders(Meeting m) {
        for (Duration lead : rules().reminderLeadTimes()) {
            Instant at = m.startsAt().minus(lead);
            if (at.isAfter(s.now())) {
                s.reminders.schedule(m.id(), lead, at);
            }
        }
    }

    /** Sends the RSVP message to each active member's head (or deputies). */
    private void invite(Meeting m, Caller coordinator) {
        int invited = 0;
        List<String> notReached = new ArrayList<>();
        for (MemberDto member : s.directory.activeMembers()) {
            List<LayoutBlock> blocks = List.of(
                    Ui.text("You are invited: " + describe(m) + "\nWill *" + esc(member.name())
                            + "* attend? Answer here or with `/alliance rsvp " + m.id()
                            + " attend|deputy @someone|apologies`."),
                    Ui.buttons("rsvp_" + m.id(), rsvpButtons(m.id())));
            List<String> invitees = s.directory.inviteesOf(member);
            Map<String, String> refused =
                    s.slack.postToEach(invitees, "Invitation: " + esc(m.title()) + " on " + when(m), blocks);
            if (refused.size() < invitees.size()) {
                invited++;
            }
            refused.forEach((user, error) ->
                    notReached.add("<@" + user + "> (" + esc(member.name()) + ", Slack said `" + esc(error) + "`)"));
        }
        dm(coordinator.slackUser())
                .text("Added " + describe(m) + ". Invitations sent to " + invited
                        + " organisations; non-responders will be reminded."
                        + (notReached.isEmpty()
                                ? ""
                                : "\nI could not message " + String.join(", ", notReached)
                                        + ". Their organisations' reminders will try them again."));
    }

    Reply dm(String user) {
        return (text, blocks) -> s.slack.post(user, text, blocks);
    }

    // ---- answering ----------------------------------------------------------------------------

    private Meeting openMeeting(String meetingId) {
        Meeting m = s.meetings
                .find(meetingId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "There is no meeting #" + meetingId + ". `/alliance meetings` lists them with their numbers."));
        if (!m.startsAt().isAfter(s.now())) {
            throw new IllegalArgumentException("Meeting #" + meetingId + " has already started; answers are closed.");
        }
        return m;
    }

    private static void requireMember(Caller c) {
        if (!c.isMember()) {
            throw new IllegalArgumentException(
                    "Only a member organisation's people answer invitations; you are listed as a coordinator only.");
        }
    }

    /** Attending or apologies. */
    void answer(Caller c, String meetingId, RsvpChoice choice, Reply reply) {
        requireMember(c);
        Meeting m = openMeeting(meetingId);
        s.meetings.answer(new Rsvp(m.id(), c.memberId(), choice, null, null, s.now()), c.slackUser(), m);
        reply.text("Recorded: " + esc(c.member().name()) + " — *" + choiceLabel(choice) + "* for " + describe(m) + ".");
    }

    /**
     * Sending a deputy: the profile's allowance per academic year decides. A refusal names the date of
     * the first use and whom to ask, and the coordinators are told; nothing is stored.
     *
     * @return the refusal, or empty when the deputy is booked
     */
    Optional<String> deputy(Caller c, String meetingId, String deputyName, String deputyEmail, Reply reply) {
        requireMember(c);
        Meeting m = openMeeting(meetingId);
        Rsvp rsvp = new Rsvp(m.id(), c.memberId(), RsvpChoice.DEPUTY, deputyName, deputyEmail, s.now());
        DeputyDecision decision = DeputyLimit.decide(
                c.memberId(), m, s.meetings.deputyUses(c.memberId()), rules(), s.profile.timeZone(), whoToAsk());
        if (!decision.allowed()) {
            s.later(reply, () -> tellCoordinatorsOfRefusal(c, m, rsvp.deputyName(), decision));
            return Optional.of(decision.reason());
        }
        s.meetings.answer(rsvp, c.slackUser(), m);
        reply.text("Recorded: " + esc(rsvp.deputyName()) + " will attend " + describe(m) + " for "
                + esc(c.member().name()) + ". " + esc(decision.reason()));
        return Optional.empty();
    }

    private String whoToAsk() {
        List<String> coordinators = s.config.coordinatorEmails();
        return coordinators.isEmpty()
                ? "the " + s.profile.partnershipLeaderTitle()
                : "a coordinator (" + String.join(", ", coordinators) + ")";
    }

    private void tellCoordinatorsOfRefusal(Caller c, Meeting m, String deputyName, DeputyDecision d) {
        String text = "Deputy refused: " + esc(c.member().name()) + " asked for " + esc(deputyName) + " to attend "
                + describe(m) + ". Its allowance for " + d.academicYear() + " was used"
                + (d.firstUseDate() == null
                        ? ""
                        : " on " + d.firstUseDate() + " (" + esc(d.firstUseMeetingTitle()) + ")")
                + ". Asked by <@" + c.slackUser() + ">.";
        for (String coordinator : s.directory.coordinators()) {
            s.slack.post(coordinator, text, List.of(Ui.text(text)));
        }
    }

    View deputyModal(String meetingId) {
        Meeting m = openMeeting(meetingId);
        return Ui.modal(
                DEPUTY_MODAL,
                "Send a deputy",
                "Send",
                m.id(),
                List.of(
                        Ui.text("Who will attend " + describe(m) + " for your organisation? "
                                + esc(DeputyLimit.allowanceNote(m, rules()))),
                        Ui.textInput("deputy_name", "Deputy's name", false, false, 200),
                        Ui.textInput("deputy_email", "Deputy's email", false, true, 200)));
    }

    Map<String, String> submitDeputy(Caller c, View view, Reply reply) {
        try {
            Optional<String> refusal = deputy(
                    c, view.getPrivateMetadata(), Ui.value(view, "deputy_name"), Ui.value(view, "deputy_email"), reply);
            return refusal.map(r -> Map.of("deputy_name", r)).orElse(Map.of());
        } catch (IllegalArgumentException e) {
            String block = e.getMessage().startsWith("deputyEmail") ? "deputy_email" : "deputy_name";
            return Map.of(block, e.getMessage());
        }
    }

    // ---- coordinators: who is coming, attendance ----------------------------------------------

    void whoIsComing(Caller c, String meetingId, Reply reply) {
        requireCoordinator(c);
        Meeting m = s.meetings
                .find(meetingId)
                .orElseThrow(() -> new IllegalArgumentException("There is no meeting #" + meetingId + "."));
        Map<String, Rsvp> answers = s.meetings.rsvps(m.id()).stream().collect(Collectors.toMap(Rsvp::memberId, r -> r));
        Map<RsvpChoice, List<String>> by = new EnumMap<>(RsvpChoice.class);
        for (MemberDto member : s.directory.activeMembers()) {
            Rsvp r = answers.get(member.id());
            RsvpChoice choice = r == null ? RsvpChoice.NO_REPLY : r.choice();
            String name = esc(member.name())
                    + (r != null && r.deputyName() != null ? " (deputy: " + esc(r.deputyName()) + ")" : "");
            by.computeIfAbsent(choice, k -> new ArrayList<>()).add(name);
        }
        StringBuilder text =
                new StringBuilder("Who is coming to ").append(describe(m)).append('\n');
        for (RsvpChoice choice : RsvpChoice.values()) {
            List<String> names = by.getOrDefault(choice, List.of());
            text.append("• *")
                    .append(choiceLabel(choice))
                    .append("* (")
                    .append(names.size())
                    .append("): ")
                    .append(names.isEmpty() ? "—" : String.join(", ", names))
                    .append('\n');
        }
        reply.text(text.toString().strip());
    }

    private static void requireCoordinator(Caller c) {
        if (!c.coordinator()) {
            throw new IllegalArgumentException("Only coordinators can do that.");
        }
    }

    /**
     * Up to this many organisations the attendance form has a row per organisation (an outcome and a
     * deputy's name, two blocks each, under its heading: within a modal's 100 blocks,
     * api.slack.com/reference/block-kit/blocks); beyond it attendance is taken by exception.
     */
    static final int ATTENDANCE_ROWS = (SlackLimits.VIEW_BLOCKS - 2) / 2;

    /** private_metadata of the by-exception form: the meeting id and this suffix. */
    private static final String BY_EXCEPTION = ":by-exception";

    View attendanceModal(Caller c, String meetingId) {
        requireCoordinator(c);
        Meeting m = s.meetings
                .find(meetingId)
                .orElseThrow(() -> new IllegalArgumentException("There is no meeting #" + meetingId + "."));
        if (m.startsAt().isAfter(s.now())) {
            throw new IllegalArgumentException("Attendance can be taken once " + m.title() + " has started.");
        }
        Map<String, Rsvp> answers = s.meetings.rsvps(m.id()).stream().collect(Collectors.toMap(Rsvp::memberId, r -> r));
        List<MemberDto> members = s.directory.activeMembers();
        if (members.size() > ATTENDANCE_ROWS) {
            return attendanceByException(m, members, answers);
        }
        List<OptionObject> outcomes = Arrays.stream(AttendanceOutcome.values())
                .map(o -> Ui.opt(outcomeLabel(o), o.name()))
                .toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Ui.text("Attendance at " + describe(m)));
        for (MemberDto member : members) {
            AttendanceOutcome expected = expected(answers.get(member.id()));
            blocks.add(Ui.select(
                    "att:" + member.id(),
                    member.name(),
                    outcomes,
                    Ui.opt(outcomeLabel(expected), expected.name()),
                    false));
            blocks.add(Ui.textInput(
                    "dep:" + member.id(), member.name() + ": deputy's name (if one attended)", false, true, 200));
        }
        return Ui.modal(ATTENDANCE_MODAL, "Take attendance", "Save", m.id(), blocks);
    }

    /** What the organisation said it would do, as an attendance outcome (no answer: absent). */
    private static AttendanceOutcome expected(Rsvp r) {
        return r == null
                ? AttendanceOutcome.ABSENT
                : switch (r.choice()) {
                    case ATTENDING -> AttendanceOutcome.PRESENT_HEAD;
                    case DEPUTY -> AttendanceOutcome.PRESENT_DEPUTY;
                    case APOLOGIES -> AttendanceOutcome.ABSENT_WITH_APOLOGIES;
                    case NO_REPLY -> AttendanceOutcome.ABSENT;
                };
    }

    /**
     * The attendance form for a large alliance: every organisation is listed under the outcome its
     * answer implies, and the coordinator picks only those for whom it went otherwise (one
     * multi-select per outcome, all organisations in each) and names deputies not named before.
     */
    private View attendanceByException(Meeting m, List<MemberDto> members, Map<String, Rsvp> answers) {
        Map<AttendanceOutcome, List<String>> byOutcome = new EnumMap<>(AttendanceOutcome.class);
        for (MemberDto member : members) {
            Rsvp r = answers.get(member.id());
            String name = esc(member.name())
                    + (r != null && r.deputyName() != null ? " (deputy: " + esc(r.deputyName()) + ")" : "");
            byOutcome.computeIfAbsent(expected(r), k -> new ArrayList<>()).add(name);
        }
        StringBuilder text = new StringBuilder("*Attendance at ")
                .append(describe(m))
                .append("*\nEach of the ")
                .append(members.size())
                .append(" organisations is recorded as its answer said, as listed here. Below, choose only the"
                        + " organisations for whom it went otherwise.\n");
        for (AttendanceOutcome o : AttendanceOutcome.values()) {
            List<String> names = byOutcome.getOrDefault(o, List.of());
            text.append("\n*")
                    .append(outcomeLabel(o))
                    .append("* (")
                    .append(names.size())
                    .append("): ")
                    .append(names.isEmpty() ? "—" : String.join(", ", names))
                    .append('\n');
        }
        List<LayoutBlock> blocks = new ArrayList<>(TextBlocks.sections(text.toString()));
        for (AttendanceOutcome o : AttendanceOutcome.values()) {
            // only those expected otherwise can turn out to be o: a quarter fewer options, and the
            // view stays within Slack's 250 kB at several hundred organisations
            List<OptionObject> otherwise = members.stream()
                    .filter(member -> expected(answers.get(member.id())) != o)
                    .map(member -> Ui.opt(member.name(), member.id()))
                    .toList();
            if (!otherwise.isEmpty()) {
                blocks.add(Ui.multiSelect("exc:" + o.name(), "Were in fact: " + outcomeLabel(o), otherwise));
            }
        }
        blocks.add(Ui.textInput(
                "deputies",
                "Deputies not named above, one per line as organisation: name",
                true,
                true,
                SlackLimits.SECTION_TEXT));
        return Ui.modal(ATTENDANCE_MODAL, "Take attendance", "Save", m.id() + BY_EXCEPTION, blocks);
    }

    static String outcomeLabel(AttendanceOutcome o) {
        return switch (o) {
            case PRESENT_HEAD -> "Present (head)";
            case PRESENT_DEPUTY -> "Present (deputy)";
            case ABSENT_WITH_APOLOGIES -> "Absent with apologies";
            case ABSENT -> "Absent";
        };
    }

    /** Stores the whole attendance and its engagement signals at once; errors by block id. */
    Map<String, String> submitAttendance(Caller c, View view, Reply reply) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!c.coordinator()) {
            return Map.of("att", "Only coordinators take attendance.");
        }
        String metadata = view.getPrivateMetadata() == null ? "" : view.getPrivateMetadata();
        boolean byException = metadata.endsWith(BY_EXCEPTION);
        Meeting m = s.meetings
                .find(byException ? metadata.substring(0, metadata.length() - BY_EXCEPTION.length()) : metadata)
                .orElse(null);
        if (m == null) {
            return Map.of(byException ? "deputies" : "att", "That meeting no longer exists.");
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
        String summary = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + outcomeLabel(e.getKey()).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        s.later(reply, () -> {
            reply.text("Attendance recorded for " + describe(m) + ": " + summary + "."
                    + (deputiesVoted ? " Deputies present carry their organisation's vote." : ""));
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
        String names = memberIds.stream().map(id -> esc(s.directory.nameOf(id))).collect(Collectors.joining(", "));
        String text = "Not represented at " + describe(m) + ": " + names + ". Every member is to be represented at "
                + MeetingRules.plural(meetingRules.representationRequiredAt()) + "."
                + (meetingRules.unrepresentedCountsAsMissed()
                        ? " Each counts as a missed meeting on the engagement ladder."
                        : "");
        s.slack.postToEach(s.directory.coordinators(), "Not represented at " + esc(m.title()), List.of(Ui.text(text)));
    }

    private static String resumedKey(Meeting m, String memberId) {
        return "resumed:" + m.id() + ":" + memberId;
    }

    /** The rows of the form with a row per organisation; problems go in {@code errors} by block id. */
    private List<Attendance> formRows(
            Caller c, View view, Meeting m, Map<String, Rsvp> answers, Map<String, String> errors) {
        List<Attendance> rows = new ArrayList<>();
        Instant now = s.now();
        for (MemberDto member : s.directory.activeMembers()) {
            String raw = Ui.value(view, "att:" + member.id());
            AttendanceOutcome outcome;
            try {
                outcome = AttendanceOutcome.valueOf(raw == null ? "" : raw);
            } catch (IllegalArgumentException e) {
                errors.put("att:" + member.id(), "Choose what happened.");
                continue;
            }
            String deputy = Ui.value(view, "dep:" + member.id());
            if (outcome == AttendanceOutcome.PRESENT_DEPUTY && deputy == null) {
                Rsvp r = answers.get(member.id());
                deputy = r == null ? null : r.deputyName();
            }
            if (outcome != AttendanceOutcome.PRESENT_DEPUTY) {
                deputy = null;
            }
            try {
                rows.add(new Attendance(m.id(), member.id(), outcome, deputy, c.slackUser(), now));
            } catch (IllegalArgumentException e) {
                errors.put("dep:" + member.id(), "Name the deputy who attended for " + member.name() + ".");
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
        List<MemberDto> members = s.directory.activeMembers();
        Map<String, AttendanceOutcome> chosen = new HashMap<>();
        for (AttendanceOutcome o : AttendanceOutcome.values()) {
            for (String id : Ui.values(view, "exc:" + o.name())) {
                AttendanceOutcome before = chosen.put(id, o);
                if (before != null && before != o) {
                    errors.put(
                            "exc:" + o.name(),
                            s.directory.nameOf(id) + " is also chosen as "
                                    + outcomeLabel(before).toLowerCase(Locale.ROOT) + ".");
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
                errors.put("deputies", "Write each deputy as organisation: name (\"" + line.strip() + "\").");
            } else if (member.isEmpty()) {
                errors.put("deputies", "No member organisation is called \"" + organisation + "\".");
            } else {
                deputies.put(member.get().id(), line.substring(colon + 1).strip());
            }
        }
        List<Attendance> rows = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        Instant now = s.now();
        for (MemberDto member : members) {
            Rsvp r = answers.get(member.id());
            AttendanceOutcome outcome = chosen.getOrDefault(member.id(), expected(r));
            String deputy = null;
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
            errors.put(
                    "deputies",
                    "Name the deputy who attended for " + String.join(", ", unnamed)
                            + ", one per line as organisation: name.");
        }
        return rows;
    }

    /** One missed-meeting signal per organisation and meeting, so re-recording never doubles it. */
    private static String missedKey(Meeting m, String memberId) {
        return "missed:" + m.id() + ":" + memberId;
    }

    // ---- reminders (scheduled) ----------------------------------------------------------------

    /** Reminds every organisation that has not answered, once per lead time. */
    void sendReminder(String meetingId, Duration lead) {
        Optional<Meeting> found = s.meetings.find(meetingId);
        if (found.isEmpty()) {
            return;
        }
        Meeting m = found.get();
        Map<String, Rsvp> answers = s.meetings.rsvps(m.id()).stream().collect(Collectors.toMap(Rsvp::memberId, r -> r));
        Instant now = s.now();
        List<String> notReminded = new ArrayList<>();
        for (MemberDto member : s.directory.activeMembers()) {
            RsvpChoice choice =
                    answers.containsKey(member.id()) ? answers.get(member.id()).choice() : RsvpChoice.NO_REPLY;
            List<Duration> sent = rules().reminderLeadTimes().stream()
                    .filter(l -> s.nudges.wasSent(reminderKey(m, l, member)))
                    .toList();
            List<Duration> due = ReminderSchedule.due(m, choice, rules(), sent, now);
            if (!due.contains(lead)) {
                continue;
            }
            // After downtime several lead times may be due at once: one message covers them all.
            List<String> covers =
                    due.stream().map(l -> reminderKey(m, l, member)).toList();
            // One organisation Slack refuses (all its people's accounts gone, say) does not keep the
            // others from their reminders. Its key is not taken, and the task fails at the end so the
            // scheduler runs it again later (until the meeting starts): only the refused ones are retried.
            try {
                s.nudges.sendOnceCovering(reminderKey(m, lead, member), covers, member.id(), now, () -> {
                    List<String> invitees = s.directory.inviteesOf(member);
                    Map<String, String> refused = s.slack.postToEach(
                            invitees,
                            "Reminder: " + esc(m.title()) + " on " + when(m),
                            List.of(
                                    Ui.text("Reminder: " + esc(member.name()) + " has not answered the invitation to "
                                            + describe(m) + "."),
                                    Ui.buttons("rsvp_" + m.id(), rsvpButtons(m.id()))));
                    if (!invitees.isEmpty() && refused.size() == invitees.size()) {
                        throw new SlackCallFailed("chat.postMessage", String.join(", ", refused.values()));
                    }
                });
            } catch (SlackCallFailed e) {
                log.warn("Reminder for meeting {} not delivered to {}: {}", m.id(), member.id(), e.error());
                notReminded.add(member.id());
            }
        }
        if (!notReminded.isEmpty()) {
            throw new SlackCallFailed(
                    "chat.postMessage",
                    "reminders for meeting " + m.id() + " not delivered to " + String.join(", ", notReminded)
                            + "; tried again later");
        }
        log.info("Reminders for meeting {} ({} before) done", m.id(), lead);
    }

    private static String reminderKey(Meeting m, Duration lead, MemberDto member) {
        return "rsvp-reminder:" + m.id() + ":" + lead + ":" + member.id();
    }

    /** On start-up: schedules any reminder a crash kept from being scheduled (no-op when scheduled). */
    void healReminders() {
        for (Meeting m : s.meetings.startingFrom(s.now())) {
            planReminders(m);
        }
    }

    /**
     * Every reminder due now for every meeting still to start, as the scheduled one-time reminders
     * would send them ({@link #sendReminder} sends only lead times that are due and not yet sent, so
     * this never doubles a reminder). A meeting whose reminders Slack refused does not stop the others;
     * the first refusal is thrown at the end.
     */
    void sendDueReminders() {
        SlackCallFailed refused = null;
        for (Meeting m : s.meetings.startingFrom(s.now())) {
            for (Duration lead : rules().reminderLeadTimes()) {
                if (!m.startsAt().minus(lead).isAfter(s.now())) {
                    try {
                        sendReminder(m.id(), lead);
                    } catch (SlackCallFailed e) {
                        refused = refused == null ? e : refused;
                    }
                }
            }
        }
        if (refused != null) {
            throw refused;
        }
    }
}
