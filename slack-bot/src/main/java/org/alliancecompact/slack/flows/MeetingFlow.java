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
import org.alliancecompact.model.member.EmailAddress;
import org.alliancecompact.model.member.MemberStanding;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.store.EngagementStore;
import org.alliancecompact.slack.text.BotText;
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
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
                blocks.add(Ui.text(BotText.get("meetings.list.past", describe(m))));
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
                c.organisations().stream().filter(this::current).toList();
        for (Meeting m : upcoming) {
            // The first organisation's answer shares the meeting's block (no more blocks than before for a
            // person of one organisation); each further organisation has a block of its own, with its buttons.
            String heading = describe(m);
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
        planReminders(stored);
        s.later(dm(c.slackUser()), () -> invite(stored, c));
        return errors;
    }

    void planReminders(Meeting m) {
        for (Duration lead : rules().reminderLeadTimes()) {
            Instant at = m.startsAt().minus(lead);
            if (at.isAfter(s.now())) {
                s.reminders.schedule(m.id(), lead, at);
            }
        }
    }

    /**
     * Sends each current member's head (or deputies) the invitation for that organisation: a person who
     * leads two schools gets one for each, each naming its school and answering for it alone.
     */
    private void invite(Meeting m, Caller coordinator) {
        int invited = 0;
        List<String> notReached = new ArrayList<>();
        for (MemberDto member : currentMembers()) {
            List<LayoutBlock> blocks = List.of(
                    Ui.text(BotText.get(
                            "meetings.invite.text",
                            describe(m),
                            esc(member.name()),
                            m.id(),
                            BotText.get("meetings.invite.forSuffix", esc(member.name())))),
                    Ui.buttons("rsvp_" + m.id() + "_" + member.id(), rsvpButtons(m.id(), member)));
            List<String> invitees = s.directory.inviteesOf(member);
            Map<String, String> refused = s.slack.postToEach(
                    invitees,
                    BotText.get("meetings.invite.notification", esc(member.name()), esc(m.title()), when(m)),
                    blocks);
            if (refused.size() < invitees.size()) {
                invited++;
            }
            refused.forEach((user, error) -> notReached.add(
                    BotText.get("meetings.add.notReachedOne", "<@" + user + ">", esc(member.name()), esc(error))));
        }
        String done =
                BotText.get("meetings.add.done", describe(m), Words.count(invited, "organisation", "organisations"));
        dm(coordinator.slackUser())
                .text(
                        notReached.isEmpty()
                                ? done
                                : done + "\n" + BotText.get("meetings.add.notReached", Words.list(notReached)));
    }

    Reply dm(String user) {
        return (text, blocks) -> s.slack.post(user, text, blocks);
    }

    // ---- answering ----------------------------------------------------------------------------

    private Meeting openMeeting(String meetingId) {
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
            if (!current(o)) {
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

    /**
     * Whether the organisation is a current member today under shared-model's one rule ({@link MemberStanding}):
     * not left, not de-designated, and not an associate past the profile's time limit (Leeds: six months).
     */
    private boolean current(MemberDto m) {
        if (!m.state().isCurrent()) {
            return false;
        }
        try {
            return MemberStanding.of(
                            m.toDomain(),
                            s.profile.membership().membership(),
                            s.now().atZone(s.profile.timeZone()).toLocalDate())
                    .actsAsMember();
        } catch (IllegalArgumentException unreadable) {
            return true; // a record the domain refuses is the plugin's to fix; its stored state stands
        }
    }

    /** The current members (Directory's, less associates past their time limit), by name. */
    private List<MemberDto> currentMembers() {
        return s.directory.activeMembers().stream().filter(this::current).toList();
    }

    /** Attending or apologies, for the organisation {@code memberId} names (null: the caller's only one). */
    void answer(Caller c, String meetingId, String memberId, RsvpChoice choice, Reply reply) {
        MemberDto organisation = organisation(c, memberId, meetingId);
        Meeting m = openMeeting(meetingId);
        s.meetings.answer(new Rsvp(m.id(), organisation.id(), choice, null, null, s.now()), c.slackUser(), m);
        reply.text(BotText.get("meetings.rsvp.recorded", esc(organisation.name()), choiceLabel(choice), describe(m)));
    }

    /** An answer button's value, "meeting" or "meeting:organisation", pressed by {@code slackUser}. */
    void answerButton(String slackUser, String value, RsvpChoice choice, Reply reply) {
        Answering a = Answering.of(value);
        answer(answering(slackUser), a.meetingId(), a.memberId(), choice, reply);
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
        MemberDto organisation = organisation(c, memberId, meetingId);
        Meeting m = openMeeting(meetingId);
        DeputyDecision decision = decide(organisation, m);
        if (!decision.allowed()) {
            s.later(reply, () -> tellCoordinatorsOfRefusal(c, organisation, m, decision));
            return Optional.of(decision.reason());
        }
        Rsvp rsvp = new Rsvp(m.id(), organisation.id(), RsvpChoice.DEPUTY, deputyName, deputyEmail, s.now());
        s.meetings.answer(rsvp, c.slackUser(), m);
        reply.text(BotText.get(
                "meetings.deputy.recorded",
                esc(organisation.name()),
                esc(rsvp.deputyName()),
                describe(m),
                esc(decision.reason())));
        return Optional.empty();
    }

    private DeputyDecision decide(MemberDto organisation, Meeting m) {
        return DeputyLimit.decide(
                organisation.id(),
                m,
                s.meetings.deputyUses(organisation.id()),
                rules(),
                s.profile.timeZone(),
                whoToAsk());
    }

    private String whoToAsk() {
        // by name where the settings give one ("Helen Crompton (coordinator@…)"): people ask people (issue 17.10)
        List<String> coordinators = s.config.coordinatorEmails().stream()
                .map(e -> s.config.nameOf(e).map(n -> n + " (" + e + ")").orElse(e))
                .toList();
        return coordinators.isEmpty()
                ? BotText.get("meetings.deputy.whoToAsk.leader", s.profile.partnershipLeaderTitle())
                : BotText.get("meetings.deputy.whoToAsk.coordinators", Words.either(coordinators));
    }

    /**
     * Tells the coordinators of a refused deputy once per organisation and meeting, however often the
     * organisation asks again (issue 17, point 8).
     */
    private void tellCoordinatorsOfRefusal(Caller c, MemberDto organisation, Meeting m, DeputyDecision d) {
        String firstUse = d.firstUseDate() == null
                ? ""
                : BotText.get(
                        "meetings.deputy.toldCoordinators.firstUse",
                        esc(d.firstUseMeetingTitle()),
                        DAY.format(d.firstUseDate()));
        String text = BotText.get(
                "meetings.deputy.toldCoordinators",
                esc(organisation.name()),
                describe(m),
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
        Caller c = answering(slackUser);
        MemberDto organisation = organisation(c, a.memberId(), a.meetingId());
        Meeting m = openMeeting(a.meetingId());
        DeputyDecision decision = decide(organisation, m);
        if (!decision.allowed()) {
            s.later(reply, () -> tellCoordinatorsOfRefusal(c, organisation, m, decision));
            return Ui.notice(
                    BotText.get("meetings.deputy.refusedTitle"),
                    BotText.get("meetings.deputy.refused", esc(decision.reason())));
        }
        return Ui.modal(
                DEPUTY_MODAL,
                BotText.get("meetings.deputy.title"),
                BotText.get("meetings.deputy.submit"),
                Answering.value(m.id(), organisation.id()),
                List.of(
                        Ui.text(BotText.get(
                                "meetings.deputy.intro",
                                describe(m),
                                esc(organisation.name()),
                                esc(DeputyLimit.allowanceNote(m, rules())))),
                        Ui.textInput("deputy_name", BotText.get("meetings.deputy.name"), false, false, 200),
                        Ui.textInput("deputy_email", BotText.get("meetings.deputy.email"), false, true, 200)));
    }

    /** Checks both fields of the deputy form at once, then books the deputy or shows the refusal. */
    Map<String, String> submitDeputy(Caller c, View view, Reply reply) {
        Map<String, String> errors = new LinkedHashMap<>();
        Answering a = Answering.of(view.getPrivateMetadata());
        // who may send a deputy is checked before the fields: a coordinator is told so, not about the form
        organisation(c, a.memberId(), a.meetingId());
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

    /**
     * What an answer button carries: the meeting and the organisation answering, as "12:oakfield". Buttons
     * from before organisations were named carry the meeting only (answered for the caller's only
     * organisation). Member ids contain no colon (the plugin's ids are slugs).
     */
    record Answering(String meetingId, String memberId) {
        static String value(String meetingId, String memberId) {
            return meetingId + ":" + memberId;
        }

        static Answering of(String value) {
            String v = value == null ? "" : value.strip();
            int colon = v.indexOf(':');
            return colon < 0 ? new Answering(v, null) : new Answering(v.substring(0, colon), v.substring(colon + 1));
        }
    }

    // ---- coordinators: who is coming, attendance ----------------------------------------------

    void whoIsComing(Caller c, String meetingId, Reply reply) {
        requireCoordinator(c);
        Meeting m = s.meetings
                .find(meetingId)
                .orElseThrow(() -> new IllegalArgumentException(BotText.get("meetings.rsvp.noMeeting", meetingId)));
        Map<String, Rsvp> answers = s.meetings.rsvps(m.id()).stream().collect(Collectors.toMap(Rsvp::memberId, r -> r));
        Map<RsvpChoice, List<String>> by = new EnumMap<>(RsvpChoice.class);
        for (MemberDto member : currentMembers()) {
            Rsvp r = answers.get(member.id());
            RsvpChoice choice = r == null ? RsvpChoice.NO_REPLY : r.choice();
            String name = withDeputy(member, r);
            by.computeIfAbsent(choice, k -> new ArrayList<>()).add(name);
        }
        StringBuilder text = new StringBuilder(BotText.get("meetings.who.title", describe(m))).append('\n');
        for (RsvpChoice choice : RsvpChoice.values()) {
            List<String> names = by.getOrDefault(choice, List.of());
            text.append(BotText.get(
                            "meetings.who.line",
                            choiceLabel(choice),
                            Integer.toString(names.size()),
                            names.isEmpty() ? BotText.get("meetings.who.nobody") : String.join(", ", names)))
                    .append('\n');
        }
        reply.text(text.toString().strip());
    }

    /** The organisation's name, with its deputy's when the answer named one (escaped for mrkdwn). */
    private static String withDeputy(MemberDto member, Rsvp r) {
        return r != null && r.deputyName() != null
                ? BotText.get("meetings.who.deputy", esc(member.name()), esc(r.deputyName()))
                : esc(member.name());
    }

    private static void requireCoordinator(Caller c) {
        if (!c.coordinator()) {
            throw new IllegalArgumentException(BotText.get("meetings.onlyCoordinators"));
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
                .orElseThrow(() -> new IllegalArgumentException(BotText.get("meetings.rsvp.noMeeting", meetingId)));
        if (m.startsAt().isAfter(s.now())) {
            throw new IllegalArgumentException(BotText.get("meetings.attendance.notStarted", m.title()));
        }
        Map<String, Rsvp> answers = s.meetings.rsvps(m.id()).stream().collect(Collectors.toMap(Rsvp::memberId, r -> r));
        List<MemberDto> members = currentMembers();
        if (members.size() > ATTENDANCE_ROWS) {
            return attendanceByException(m, members, answers);
        }
        List<OptionObject> outcomes = Arrays.stream(AttendanceOutcome.values())
                .map(o -> Ui.opt(outcomeLabel(o), o.name()))
                .toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Ui.text(BotText.get("meetings.attendance.heading", describe(m))));
        for (MemberDto member : members) {
            AttendanceOutcome expected = expected(answers.get(member.id()));
            blocks.add(Ui.select(
                    "att:" + member.id(),
                    member.name(),
                    outcomes,
                    Ui.opt(outcomeLabel(expected), expected.name()),
                    false));
            blocks.add(Ui.textInput(
                    "dep:" + member.id(),
                    BotText.get("meetings.attendance.deputyField", member.name()),
                    false,
                    true,
                    200));
        }
        return Ui.modal(
                ATTENDANCE_MODAL,
                BotText.get("meetings.attendance.title"),
                BotText.get("meetings.attendance.submit"),
                m.id(),
                blocks);
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
            String name = withDeputy(member, r);
            byOutcome.computeIfAbsent(expected(r), k -> new ArrayList<>()).add(name);
        }
        StringBuilder text = new StringBuilder(BotText.get(
                "meetings.attendance.exception.heading",
                describe(m),
                Words.count(members.size(), "organisation", "organisations")));
        for (AttendanceOutcome o : AttendanceOutcome.values()) {
            List<String> names = byOutcome.getOrDefault(o, List.of());
            text.append(BotText.get(
                    "meetings.attendance.exception.line",
                    outcomeLabel(o),
                    Integer.toString(names.size()),
                    names.isEmpty() ? BotText.get("meetings.who.nobody") : String.join(", ", names)));
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

    /** Stores the whole attendance and its engagement signals at once; errors by block id. */
    Map<String, String> submitAttendance(Caller c, View view, Reply reply) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!c.coordinator()) {
            return Map.of("att", BotText.get("meetings.attendance.onlyCoordinators"));
        }
        String metadata = view.getPrivateMetadata() == null ? "" : view.getPrivateMetadata();
        boolean byException = metadata.endsWith(BY_EXCEPTION);
        Meeting m = s.meetings
                .find(byException ? metadata.substring(0, metadata.length() - BY_EXCEPTION.length()) : metadata)
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
            reply.text(BotText.get("meetings.attendance.recorded", describe(m), summary)
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
                        describe(m),
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
        for (MemberDto member : currentMembers()) {
            String raw = Ui.value(view, "att:" + member.id());
            AttendanceOutcome outcome;
            try {
                outcome = AttendanceOutcome.valueOf(raw == null ? "" : raw);
            } catch (IllegalArgumentException e) {
                errors.put("att:" + member.id(), BotText.get("meetings.attendance.error.choose"));
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
        List<MemberDto> members = currentMembers();
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
            errors.put("deputies", BotText.get("meetings.attendance.error.unnamed", Words.list(unnamed)));
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
        for (MemberDto member : currentMembers()) {
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
                            BotText.get("meetings.reminder.notification", esc(member.name()), esc(m.title()), when(m)),
                            List.of(
                                    Ui.text(BotText.get("meetings.reminder.text", esc(member.name()), describe(m))),
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
