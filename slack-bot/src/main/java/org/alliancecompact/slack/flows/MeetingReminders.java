package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.MeetingText.rsvpButtons;
import static org.alliancecompact.slack.flows.Ui.esc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingRules;
import org.alliancecompact.model.meeting.ReminderSchedule;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.text.BotText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders to answer an invitation: planned at the profile's lead times when a meeting is added (and again on
 * start-up, for meetings stored just before a crash), sent once per lead time to each organisation that has not
 * answered, one message covering lead times missed during downtime, and retried for those Slack refused.
 */
record MeetingReminders(Services s, MeetingText meetingText, MeetingMembers roll) {
    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private MeetingRules rules() {
        return s.profile.meetings();
    }

    void planReminders(Meeting m) {
        for (Duration lead : rules().reminderLeadTimes()) {
            Instant at = m.startsAt().minus(lead);
            if (at.isAfter(s.now())) {
                s.reminders.schedule(m.id(), lead, at);
            }
        }
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
        for (MemberDto member : roll.currentMembers()) {
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
                            BotText.get(
                                    "meetings.reminder.notification",
                                    esc(member.name()),
                                    esc(m.title()),
                                    meetingText.when(m)),
                            List.of(
                                    Ui.text(BotText.get(
                                            "meetings.reminder.text", esc(member.name()), meetingText.describe(m))),
                                    Ui.buttons("rsvp_" + m.id() + "_" + member.id(), rsvpButtons(m.id(), member))));
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
