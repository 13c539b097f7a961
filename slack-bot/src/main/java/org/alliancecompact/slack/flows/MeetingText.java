package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.element.ButtonElement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.slack.text.BotText;

/**
 * How the meetings use cases name a meeting and an answer: its title, kind, time (in the alliance's time zone) and
 * place, each answer's label, and the answer buttons that name the organisation they answer for (issue 15: a head of
 * two schools answers for each). Every text comes from the bundle (BotText, meetings section).
 */
record MeetingText(Services s) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    String when(Meeting m) {
        return WHEN.format(m.startsAt().atZone(s.profile.timeZone()));
    }

    private static String where(Meeting m) {
        List<String> parts = new ArrayList<>();
        if (m.place() != null) {
            parts.add(esc(m.place()));
        }
        if (m.link() != null) {
            parts.add(Ui.link(m.link(), BotText.get("meetings.where.link")));
        }
        return String.join(BotText.get("meetings.where.separator"), parts);
    }

    String describe(Meeting m) {
        return BotText.get(
                m.confidential() ? "meetings.describe.confidential" : "meetings.describe",
                esc(m.title()),
                m.id(),
                kindLabel(m.kind()),
                when(m),
                where(m));
    }

    /** "Alliance meeting", "Conference": the kind's own label, as a heading. */
    static String kindLabel(MeetingKind k) {
        String t = k.label();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /**
     * The answer buttons of one organisation's invitation: each carries the meeting and the organisation
     * ({@link Answering#value}), so pressing it answers for that organisation only.
     */
    static List<ButtonElement> rsvpButtons(String meetingId, MemberDto organisation) {
        String value = Answering.value(meetingId, organisation.id());
        return List.of(
                Ui.primary("rsvp:attend", BotText.get("meetings.button.attend"), value),
                Ui.button("rsvp:deputy", BotText.get("meetings.button.deputy"), value),
                Ui.button("rsvp:apologies", BotText.get("meetings.button.apologies"), value));
    }

    static String choiceLabel(RsvpChoice c) {
        return BotText.get(
                switch (c) {
                    case ATTENDING -> "meetings.choice.attending";
                    case DEPUTY -> "meetings.choice.deputy";
                    case APOLOGIES -> "meetings.choice.apologies";
                    case NO_REPLY -> "meetings.choice.noReply";
                });
    }

    /**
     * The arguments of one line of a tally by answer or by attendance outcome ({@code meetings.who.line},
     * {@code meetings.attendance.exception.line}): {0} the label, {1} how many, {2} who, or "nobody".
     */
    static Object[] tally(String label, List<String> names) {
        return new Object[] {
            label,
            Integer.toString(names.size()),
            names.isEmpty() ? BotText.get("meetings.who.nobody") : String.join(", ", names)
        };
    }

    /** The organisation's name, with its deputy's when the answer named one (escaped for mrkdwn). */
    static String withDeputy(MemberDto member, Rsvp r) {
        return r != null && r.deputyName() != null
                ? BotText.get("meetings.who.deputy", esc(member.name()), esc(r.deputyName()))
                : esc(member.name());
    }
}
