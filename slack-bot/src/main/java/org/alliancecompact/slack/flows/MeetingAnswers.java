package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.MeetingText.choiceLabel;
import static org.alliancecompact.slack.flows.Ui.esc;

import java.util.List;
import java.util.Optional;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.text.BotText;

/**
 * Answering an invitation, attending or with apologies, by button or typed ({@code /alliance rsvp}): for the
 * organisation the answer names, checked against those the caller acts for (issue 15), to a meeting still to start;
 * a former member is told plainly why, and whom to ask, by name (issue 17, point 10).
 */
record MeetingAnswers(Services s, MeetingText meetingText, MeetingMembers roll) {
    // ---- answering ----------------------------------------------------------------------------

    Meeting openMeeting(String meetingId) {
        Meeting m = s.meetings
                .find(meetingId)
                .orElseThrow(() -> new IllegalArgumentException(BotText.get("meetings.rsvp.noMeeting", meetingId)));
        if (!m.startsAt().isAfter(s.now())) {
            throw new IllegalArgumentException(BotText.get("meetings.rsvp.started", meetingId));
        }
        return m;
    }

    /**
     * The person pressing an answer button, or typing an answer: {@link Directory#who}, which tells a person
     * listed only for organisations that are no longer current members so plainly, with the reason (issue 15).
     */
    Caller answering(String slackUser) {
        return s.directory.who(slackUser);
    }

    /** Why the organisation is no longer a member, in words ("it has left"). */
    private static String stateWords(MemberDto m) {
        return Directory.whyFormer(m);
    }

    /**
     * The organisation an answer is for: {@code named} (its id from a button, or its id or name as typed),
     * checked against the organisations the caller acts for (issue 15: never the first school listing the
     * caller's email). With nothing named, the caller's only organisation.
     *
     * @throws NotRecognised naming the organisations the caller acts for, or saying plainly that the named
     *     one is no longer a current member
     */
    MemberDto organisation(Caller c, String named, String meetingId) {
        if (c.organisations().isEmpty()) {
            throw new IllegalArgumentException(BotText.get("meetings.rsvp.coordinatorOnly"));
        }
        // current members only: a person of former members only never gets here (Directory.who says why)
        List<MemberDto> current = c.organisations();
        List<String> mine = current.stream().map(MemberDto::name).toList();
        if (named == null || named.isBlank()) {
            if (current.size() > 1) {
                throw new NotRecognised(BotText.get(
                        "meetings.rsvp.chooseOrganisation",
                        Words.list(mine),
                        meetingId,
                        current.get(1).name()));
            }
            return c.at(current.get(0).id());
        }
        String q = named.strip();
        Optional<MemberDto> own = c.organisations().stream()
                .filter(m -> m.id().equalsIgnoreCase(q) || m.name().equalsIgnoreCase(q))
                .findFirst()
                .or(() -> s.directory
                        .findMember(q)
                        .filter(o -> o.people().stream().anyMatch(p -> p.email().equalsIgnoreCase(c.email()))));
        if (own.isPresent()) {
            MemberDto o = own.get();
            if (!roll.current(o)) {
                throw new NotRecognised(BotText.get("meetings.rsvp.former", o.name(), stateWords(o), whoToAsk()));
            }
            return c.at(o.id());
        }
        Optional<MemberDto> other = s.directory.findMember(q);
        if (other.isEmpty()) {
            throw new NotRecognised(BotText.get("meetings.rsvp.noSuchOrganisation", q, Words.list(mine)));
        }
        throw new NotRecognised(BotText.get("meetings.rsvp.notFor", other.get().name(), Words.list(mine)));
    }

    String whoToAsk() {
        // by name where the settings give one ("Helen Crompton (coordinator@…)"): people ask people (issue 17.10)
        List<String> coordinators = s.config.coordinatorEmails().stream()
                .map(e -> s.config.nameOf(e).map(n -> n + " (" + e + ")").orElse(e))
                .toList();
        return coordinators.isEmpty()
                ? BotText.get("meetings.deputy.whoToAsk.leader", s.profile.partnershipLeaderTitle())
                : BotText.get("meetings.deputy.whoToAsk.coordinators", Words.either(coordinators));
    }

    /** Attending or apologies, for the organisation {@code memberId} names (null: the caller's only one). */
    void answer(Caller c, String meetingId, String memberId, RsvpChoice choice, Reply reply) {
        MemberDto organisation = organisation(c, memberId, meetingId);
        Meeting m = openMeeting(meetingId);
        s.meetings.answer(new Rsvp(m.id(), organisation.id(), choice, null, null, s.now()), c.slackUser(), m);
        reply.text(BotText.get(
                "meetings.rsvp.recorded", esc(organisation.name()), choiceLabel(choice), meetingText.describe(m)));
    }

    /** An answer button's value, "meeting" or "meeting:organisation", pressed by {@code slackUser}. */
    void answerButton(String slackUser, String value, RsvpChoice choice, Reply reply) {
        Answering a = Answering.of(value);
        answer(answering(slackUser), a.meetingId(), a.memberId(), choice, reply);
    }
}
