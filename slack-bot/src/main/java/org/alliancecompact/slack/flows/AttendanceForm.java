package org.alliancecompact.slack.flows;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static org.alliancecompact.slack.flows.MeetingMembers.requireCoordinator;
import static org.alliancecompact.slack.flows.MeetingText.withDeputy;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.meeting.AttendanceOutcome;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.text.BotText;

/**
 * The coordinators' attendance form after a meeting (Bolton 31: members attend BLA meetings regularly): a row per
 * organisation, its answer as the likeliest outcome, within a modal's 100 blocks; for a larger alliance, by
 * exception: every organisation listed under the outcome its answer implies, the coordinator picking only those for
 * whom it went otherwise.
 */
record AttendanceForm(Services s, MeetingText meetingText, MeetingMembers roll) {
    static final String ATTENDANCE_MODAL = "meeting_attendance";

    /**
     * Up to this many organisations the attendance form has a row per organisation (an outcome and a
     * deputy's name, two blocks each, under its heading: within a modal's 100 blocks,
     * api.slack.com/reference/block-kit/blocks); beyond it attendance is taken by exception.
     */
    static final int ATTENDANCE_ROWS = (SlackLimits.VIEW_BLOCKS - 2) / 2;

    /** The longest deputy's name the form takes, characters (as the deputy form's name field). */
    private static final int DEPUTY_NAME = 200;

    /** private_metadata of the by-exception form: the meeting id and this suffix. */
    static final String BY_EXCEPTION = ":by-exception";

    View attendanceModal(Caller c, String meetingId) {
        requireCoordinator(c);
        Meeting m = s.meetings
                .find(meetingId)
                .orElseThrow(() -> new IllegalArgumentException(BotText.get("meetings.rsvp.noMeeting", meetingId)));
        if (m.startsAt().isAfter(s.now())) {
            throw new IllegalArgumentException(BotText.get("meetings.attendance.notStarted", m.title()));
        }
        Map<String, Rsvp> answers = s.meetings.rsvps(m.id()).stream().collect(Collectors.toMap(Rsvp::memberId, r -> r));
        List<MemberDto> members = roll.currentMembers();
        if (members.size() > ATTENDANCE_ROWS) {
            return attendanceByException(m, members, answers);
        }
        List<OptionObject> outcomes = Arrays.stream(AttendanceOutcome.values())
                .map(o -> Ui.opt(outcomeLabel(o), o.name()))
                .toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Ui.text(BotText.get("meetings.attendance.heading", meetingText.describe(m))));
        for (MemberDto member : members) {
            AttendanceOutcome expected = expected(answers.get(member.id()));
            blocks.add(Ui.select(
                    "att:" + member.id(),
                    member.name(),
                    outcomes,
                    Ui.opt(outcomeLabel(expected), expected.name()),
                    false));
            blocks.add(deputyField(member, answers.get(member.id())));
        }
        return Ui.modal(
                ATTENDANCE_MODAL,
                BotText.get("meetings.attendance.title"),
                BotText.get("meetings.attendance.submit"),
                m.id(),
                blocks);
    }

    /**
     * The optional deputy's name of one organisation. A modal cannot show or hide an input on another's choice
     * without dispatch_action and views.update (api.slack.com/reference/block-kit/blocks#input), so the field is
     * always there but read only for "Present (deputy)", as its label says, and refused for any other outcome
     * ({@link AttendanceRecording}). Where the answer named a deputy, the hint says that name is used when the
     * field is left empty, so the coordinator types nothing in the usual case.
     */
    private static InputBlock deputyField(MemberDto member, Rsvp answer) {
        InputBlock.InputBlockBuilder field = InputBlock.builder()
                .blockId("dep:" + member.id())
                .label(plainText(BotText.get(
                        "meetings.attendance.deputyField",
                        member.name(),
                        outcomeLabel(AttendanceOutcome.PRESENT_DEPUTY))))
                .optional(true)
                .element(PlainTextInputElement.builder()
                        .actionId(Ui.VALUE)
                        .maxLength(DEPUTY_NAME)
                        .build());
        if (answer != null && answer.deputyName() != null) {
            field.hint(plainText(BotText.get("meetings.attendance.deputyHint", answer.deputyName())));
        }
        return field.build();
    }

    /** What the organisation said it would do, as an attendance outcome (no answer: absent). */
    static AttendanceOutcome expected(Rsvp r) {
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
            String name = withDeputy(member, r);
            byOutcome.computeIfAbsent(expected(r), k -> new ArrayList<>()).add(name);
        }
        StringBuilder text = new StringBuilder(BotText.get(
                "meetings.attendance.exception.heading",
                meetingText.describe(m),
                Words.count(members.size(), "organisation", "organisations")));
        for (AttendanceOutcome o : AttendanceOutcome.values()) {
            List<String> names = byOutcome.getOrDefault(o, List.of());
            text.append(BotText.get("meetings.attendance.exception.line", MeetingText.tally(outcomeLabel(o), names)));
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
                blocks.add(Ui.multiSelect(
                        "exc:" + o.name(),
                        BotText.get("meetings.attendance.exception.wereInFact", outcomeLabel(o)),
                        otherwise));
            }
        }
        blocks.add(Ui.textInput(
                "deputies",
                BotText.get("meetings.attendance.exception.deputies"),
                true,
                true,
                SlackLimits.SECTION_TEXT));
        return Ui.modal(
                ATTENDANCE_MODAL,
                BotText.get("meetings.attendance.title"),
                BotText.get("meetings.attendance.submit"),
                m.id() + BY_EXCEPTION,
                blocks);
    }

    static String outcomeLabel(AttendanceOutcome o) {
        return BotText.get(
                switch (o) {
                    case PRESENT_HEAD -> "meetings.outcome.presentHead";
                    case PRESENT_DEPUTY -> "meetings.outcome.presentDeputy";
                    case ABSENT_WITH_APOLOGIES -> "meetings.outcome.absentWithApologies";
                    case ABSENT -> "meetings.outcome.absent";
                });
    }
}
