package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.MeetingText.kindLabel;
import static org.alliancecompact.slack.flows.MeetingText.rsvpButtons;
import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.meeting.MeetingRules;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.text.BotText;

/**
 * Adding a meeting: the coordinators' form of the kinds the profile holds, every field checked at once in the words
 * of the form (issue 17, point 6), the meeting stored with its reminders planned, and each current member's head (or
 * deputies) invited for that organisation, a person who leads two schools once for each (issue 15).
 */
record MeetingScheduling(Services s, MeetingText meetingText, MeetingMembers roll, MeetingReminders reminders) {
    static final String ADD_MODAL = "meeting_add";

    private MeetingRules rules() {
        return s.profile.meetings();
    }

    // ---- adding a meeting ---------------------------------------------------------------------

    View addModal() {
        List<OptionObject> kinds = rules().kinds().stream()
                .sorted()
                .map(k -> Ui.opt(kindLabel(k), k.name()))
                .toList();
        return Ui.modal(
                ADD_MODAL,
                BotText.get("meetings.add.title"),
                BotText.get("meetings.add.submit"),
                "",
                List.of(
                        Ui.select("kind", BotText.get("meetings.add.kind"), kinds, null, false),
                        Ui.textInput(
                                "title",
                                BotText.get("meetings.add.titleField"),
                                false,
                                false,
                                Meeting.MAX_TITLE_LENGTH),
                        Ui.date("date", BotText.get("meetings.add.date")),
                        Ui.time(
                                "time",
                                BotText.get(
                                        "meetings.add.time",
                                        s.profile.timeZone().getId())),
                        Ui.textInput("place", BotText.get("meetings.add.place"), false, true, 500),
                        Ui.textInput("link", BotText.get("meetings.add.link"), false, true, 500),
                        Ui.checkbox(
                                "confidential",
                                BotText.get("meetings.add.confidential"),
                                BotText.get("meetings.add.confidentialOption"))));
    }

    /**
     * Checks every field of the add-meeting form and stores the meeting when all are right; otherwise
     * returns every problem at once, by block id, in the words of the form (issue 17, point 6).
     */
    Map<String, String> add(Caller c, View view) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!c.coordinator()) {
            errors.put("title", BotText.get("meetings.add.onlyCoordinators"));
            return errors;
        }
        MeetingKind kind = null;
        try {
            kind = MeetingKind.valueOf(
                    Optional.ofNullable(Ui.value(view, "kind")).orElse(""));
            if (!rules().kinds().contains(kind)) {
                errors.put("kind", BotText.get("meetings.add.error.kindNotHeld", kind.plural()));
            }
        } catch (IllegalArgumentException e) {
            errors.put("kind", BotText.get("meetings.add.error.kind"));
        }
        String title = Optional.ofNullable(Ui.value(view, "title")).orElse("").strip();
        if (title.isEmpty()) {
            errors.put("title", BotText.get("meetings.add.error.title"));
        } else if (title.length() > Meeting.MAX_TITLE_LENGTH) {
            errors.put(
                    "title",
                    BotText.get(
                            "meetings.add.error.titleLong",
                            Integer.toString(Meeting.MAX_TITLE_LENGTH),
                            Integer.toString(title.length())));
        }
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.parse(Optional.ofNullable(Ui.value(view, "date")).orElse(""));
        } catch (DateTimeParseException e) {
            errors.put("date", BotText.get("meetings.add.error.date"));
        }
        try {
            time = LocalTime.parse(Optional.ofNullable(Ui.value(view, "time")).orElse(""));
        } catch (DateTimeParseException e) {
            errors.put("time", BotText.get("meetings.add.error.time"));
        }
        Instant startsAt = null;
        if (date != null && time != null) {
            startsAt = ZonedDateTime.of(date, time, s.profile.timeZone()).toInstant();
            if (!startsAt.isAfter(s.now())) {
                errors.put("date", BotText.get("meetings.add.error.past"));
            }
        }
        String place = Ui.value(view, "place");
        String link = Ui.value(view, "link");
        boolean noPlace = place == null || place.isBlank();
        boolean noLink = link == null || link.isBlank();
        if (!noLink && !link.strip().startsWith("https://")) {
            errors.put("link", BotText.get("meetings.add.error.link"));
        }
        if (noPlace && noLink) {
            errors.put("place", BotText.get("meetings.add.error.where"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Meeting meeting = Meeting.schedule(
                "new", kind, title, startsAt, place, link, "yes".equals(Ui.value(view, "confidential")), rules());
        Meeting stored = s.meetings.insert(meeting, c.slackUser(), s.now());
        reminders.planReminders(stored);
        s.later(dm(c.slackUser()), () -> invite(stored, c));
        return errors;
    }

    /**
     * Sends each current member's head (or deputies) the invitation for that organisation: a person who
     * leads two schools gets one for each, each naming its school and answering for it alone.
     */
    private void invite(Meeting m, Caller coordinator) {
        int invited = 0;
        List<String> notReached = new ArrayList<>();
        for (MemberDto member : roll.currentMembers()) {
            List<LayoutBlock> blocks = List.of(
                    Ui.text(BotText.get(
                            "meetings.invite.text",
                            meetingText.describe(m),
                            esc(member.name()),
                            m.id(),
                            BotText.get("meetings.invite.forSuffix", esc(member.name())))),
                    Ui.buttons("rsvp_" + m.id() + "_" + member.id(), rsvpButtons(m.id(), member)));
            List<String> invitees = s.directory.inviteesOf(member);
            Map<String, String> refused = s.slack.postToEach(
                    invitees,
                    BotText.get(
                            "meetings.invite.notification", esc(member.name()), esc(m.title()), meetingText.when(m)),
                    blocks);
            if (refused.size() < invitees.size()) {
                invited++;
            }
            refused.forEach((user, error) -> notReached.add(
                    BotText.get("meetings.add.notReachedOne", "<@" + user + ">", esc(member.name()), esc(error))));
        }
        String done = BotText.get(
                "meetings.add.done", meetingText.describe(m), Words.count(invited, "organisation", "organisations"));
        dm(coordinator.slackUser())
                .text(
                        notReached.isEmpty()
                                ? done
                                : done + "\n" + BotText.get("meetings.add.notReached", Words.list(notReached)));
    }

    Reply dm(String user) {
        return (text, blocks) -> s.slack.post(user, text, blocks);
    }
}
