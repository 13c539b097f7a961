package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.view.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.meeting.DeputyDecision;
import org.alliancecompact.model.meeting.DeputyLimit;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingRules;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.model.member.EmailAddress;
import org.alliancecompact.slack.text.BotText;

/**
 * Sending a deputy (Bolton 32: a deputy may stand in for the head once per academic year at BLA meetings; other
 * profiles their own allowance, or none): the form when a deputy may attend, the refusal with the date of the first
 * use and whom to ask before anyone types a name, and the coordinators told once per organisation and meeting
 * (issue 17, point 8). Nothing is stored for a refusal.
 */
record DeputyAnswers(Services s, MeetingText meetingText, MeetingAnswers answers) {
    static final String DEPUTY_MODAL = "rsvp_deputy";

    private MeetingRules rules() {
        return s.profile.meetings();
    }

    /**
     * Sending a deputy for {@code memberId}'s organisation: the profile's allowance per academic year decides.
     * A refusal names the date of the first use and whom to ask, and the coordinators are told once for this
     * organisation and meeting; nothing is stored.
     *
     * @return the refusal, or empty when the deputy is booked
     */
    Optional<String> deputy(
            Caller c, String meetingId, String memberId, String deputyName, String deputyEmail, Reply reply) {
        MemberDto organisation = answers.organisation(c, memberId, meetingId);
        Meeting m = answers.openMeeting(meetingId);
        DeputyDecision decision = decide(organisation, m);
        if (!decision.allowed()) {
            s.later(reply, () -> tellCoordinatorsOfRefusal(c, organisation, m, decision));
            return Optional.of(refusal(decision, organisation));
        }
        Rsvp rsvp = new Rsvp(m.id(), organisation.id(), RsvpChoice.DEPUTY, deputyName, deputyEmail, s.now());
        s.meetings.answer(rsvp, c.slackUser(), m);
        reply.text(BotText.get(
                "meetings.deputy.recorded",
                esc(organisation.name()),
                esc(rsvp.deputyName()),
                meetingText.describe(m),
                esc(words().booked(decision, m, rules(), organisation.name()))));
        return Optional.empty();
    }

    private DeputyText words() {
        return new DeputyText(s);
    }

    /** The refusal in plain text (a form field's error is plain; mrkdwn callers escape it). */
    private String refusal(DeputyDecision decision, MemberDto organisation) {
        return words().refusal(decision, rules(), organisation.name(), answers.whoToAsk());
    }

    private DeputyDecision decide(MemberDto organisation, Meeting m) {
        return DeputyLimit.decide(
                organisation.id(),
                m,
                s.meetings.deputyUses(organisation.id()),
                rules(),
                s.profile.timeZone(),
                answers.whoToAsk());
    }

    /**
     * Tells the coordinators of a refused deputy once per organisation and meeting, however often the
     * organisation asks again (issue 17, point 8).
     */
    private void tellCoordinatorsOfRefusal(Caller c, MemberDto organisation, Meeting m, DeputyDecision d) {
        String firstUse = d.firstUseStartsAt() == null
                ? ""
                : BotText.get("meetings.deputy.toldCoordinators.firstUse", esc(words().firstUse(d)));
        String text = BotText.get(
                "meetings.deputy.toldCoordinators",
                esc(organisation.name()),
                meetingText.describe(m),
                d.academicYear(),
                firstUse,
                c.slackUser());
        String key = "deputy-refused:" + m.id() + ":" + organisation.id();
        s.nudges.sendOnce(
                key,
                "coordinators",
                s.now(),
                () -> s.slack.postToEach(
                        s.directory.coordinators(),
                        BotText.get("meetings.deputy.toldCoordinators.short", esc(organisation.name()), esc(m.title())),
                        List.of(Ui.text(text))));
    }

    /**
     * The "Send a deputy" button: the form when a deputy may attend; when the allowance is used up, the
     * reason and whom to ask instead, before anyone types a name (issue 17, point 8), and the coordinators
     * hear of it once.
     */
    View deputyModal(String slackUser, String value, Reply reply) {
        Answering a = Answering.of(value);
        Caller c = answers.answering(slackUser);
        MemberDto organisation = answers.organisation(c, a.memberId(), a.meetingId());
        Meeting m = answers.openMeeting(a.meetingId());
        DeputyDecision decision = decide(organisation, m);
        if (!decision.allowed()) {
            s.later(reply, () -> tellCoordinatorsOfRefusal(c, organisation, m, decision));
            return Ui.notice(
                    BotText.get("meetings.deputy.refusedTitle"),
                    BotText.get("meetings.deputy.refused", esc(refusal(decision, organisation))));
        }
        return Ui.modal(
                DEPUTY_MODAL,
                BotText.get("meetings.deputy.title"),
                BotText.get("meetings.deputy.submit"),
                Answering.value(m.id(), organisation.id()),
                List.of(
                        Ui.text(BotText.get(
                                "meetings.deputy.intro",
                                meetingText.describe(m),
                                esc(organisation.name()),
                                esc(words().note(decision, m, rules(), organisation.name())))),
                        Ui.textInput("deputy_name", BotText.get("meetings.deputy.name"), false, false, 200),
                        Ui.textInput("deputy_email", BotText.get("meetings.deputy.email"), false, true, 200)));
    }

    /** Checks both fields of the deputy form at once, then books the deputy or shows the refusal. */
    Map<String, String> submitDeputy(Caller c, View view, Reply reply) {
        Map<String, String> errors = new LinkedHashMap<>();
        Answering a = Answering.of(view.getPrivateMetadata());
        // who may send a deputy is checked before the fields: a coordinator is told so, not about the form
        answers.organisation(c, a.memberId(), a.meetingId());
        String name = Ui.value(view, "deputy_name");
        String email = Ui.value(view, "deputy_email");
        if (name == null || name.isBlank()) {
            errors.put("deputy_name", BotText.get("meetings.deputy.error.name"));
        }
        if (email != null && !email.isBlank() && !looksLikeEmail(email)) {
            errors.put("deputy_email", BotText.get("meetings.deputy.error.email"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Optional<String> refusal = deputy(c, a.meetingId(), a.memberId(), name, email, reply);
        return refusal.map(r -> Map.of("deputy_name", r)).orElse(Map.of());
    }

    /** The shape check of shared-model's {@link EmailAddress}, the one rule for what an address looks like. */
    private static boolean looksLikeEmail(String email) {
        try {
            EmailAddress.normalise(email, "email");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
