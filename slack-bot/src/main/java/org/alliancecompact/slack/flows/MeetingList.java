package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.MeetingMembers.requireCoordinator;
import static org.alliancecompact.slack.flows.MeetingText.choiceLabel;
import static org.alliancecompact.slack.flows.MeetingText.rsvpButtons;
import static org.alliancecompact.slack.flows.MeetingText.withDeputy;
import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.slack.text.BotText;

/**
 * {@code /alliance meetings} and "Who is coming": the upcoming meetings with each organisation the caller acts for,
 * its answer and its buttons (issue 15), the coordinators' buttons to add a meeting and see the recent ones; and for a
 * coordinator, the current members by answer, deputies named.
 */
record MeetingList(Services s, MeetingText meetingText, MeetingMembers roll) {
    // ---- listing ------------------------------------------------------------------------------

    /**
     * `/alliance meetings`: upcoming meetings, with each organisation the caller acts for, its answer and
     * buttons that name it (issue 15: a head of two schools answers for each).
     */
    void list(Caller c, Reply reply) {
        List<Meeting> upcoming = s.meetings.startingFrom(s.now());
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (c.coordinator()) {
            blocks.add(Ui.buttons(
                    "meetings_admin", List.of(Ui.primary("meeting:add", BotText.get("meetings.button.add"), "add"))));
            List<Meeting> recent = s.meetings.startedBetween(s.now().minus(Duration.ofDays(30)), s.now());
            for (Meeting m : recent) {
                blocks.add(Ui.text(BotText.get("meetings.list.past", meetingText.describe(m))));
                blocks.add(Ui.buttons(
                        "past_" + m.id(),
                        List.of(
                                Ui.button("meeting:who", BotText.get("meetings.button.whoCame"), m.id()),
                                Ui.button("meeting:attendance", BotText.get("meetings.button.attendance"), m.id()))));
            }
        }
        if (upcoming.isEmpty()) {
            blocks.add(Ui.text(BotText.get("meetings.list.none")));
            text.append(BotText.get("meetings.list.none"));
        }
        List<MemberDto> answering =
                c.organisations().stream().filter(roll::current).toList();
        for (Meeting m : upcoming) {
            // The first organisation's answer shares the meeting's block (no more blocks than before for a
            // person of one organisation); each further organisation has a block of its own, with its buttons.
            String heading = meetingText.describe(m);
            text.append(heading).append('\n');
            boolean first = true;
            for (MemberDto organisation : answering) {
                RsvpChoice choice = s.meetings
                        .rsvp(m.id(), organisation.id())
                        .map(Rsvp::choice)
                        .orElse(RsvpChoice.NO_REPLY);
                String answer = BotText.get("meetings.list.answer", esc(organisation.name()), choiceLabel(choice));
                text.append(answer).append('\n');
                blocks.add(Ui.text(first ? heading + "\n" + answer : answer));
                blocks.add(
                        Ui.buttons("meeting_" + m.id() + "_" + organisation.id(), rsvpButtons(m.id(), organisation)));
                first = false;
            }
            if (first) {
                blocks.add(Ui.text(heading));
            }
            if (c.coordinator()) {
                blocks.add(Ui.buttons(
                        "meeting_" + m.id(),
                        List.of(Ui.button("meeting:who", BotText.get("meetings.button.who"), m.id()))));
            }
        }
        reply.show(text.toString().isBlank() ? BotText.get("meetings.list.title") : text.toString(), blocks);
    }

    // ---- coordinators: who is coming, attendance ----------------------------------------------

    void whoIsComing(Caller c, String meetingId, Reply reply) {
        requireCoordinator(c);
        Meeting m = s.meetings
                .find(meetingId)
                .orElseThrow(() -> new IllegalArgumentException(BotText.get("meetings.rsvp.noMeeting", meetingId)));
        Map<String, Rsvp> answers = s.meetings.rsvps(m.id()).stream().collect(Collectors.toMap(Rsvp::memberId, r -> r));
        Map<RsvpChoice, List<String>> by = new EnumMap<>(RsvpChoice.class);
        for (MemberDto member : roll.currentMembers()) {
            Rsvp r = answers.get(member.id());
            RsvpChoice choice = r == null ? RsvpChoice.NO_REPLY : r.choice();
            String name = withDeputy(member, r);
            by.computeIfAbsent(choice, k -> new ArrayList<>()).add(name);
        }
        StringBuilder text = new StringBuilder(BotText.get("meetings.who.title", meetingText.describe(m))).append('\n');
        for (RsvpChoice choice : RsvpChoice.values()) {
            List<String> names = by.getOrDefault(choice, List.of());
            text.append(BotText.get("meetings.who.line", MeetingText.tally(choiceLabel(choice), names)))
                    .append('\n');
        }
        reply.text(text.toString().strip());
    }
}
