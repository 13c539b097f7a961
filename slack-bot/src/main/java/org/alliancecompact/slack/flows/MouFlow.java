package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.alliancecompact.model.api.EditionDto;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.MouStatusDto;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.MouReview;
import org.alliancecompact.model.mou.SigningStatus;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.text.BotText;

/**
 * The MOU in Slack: each organisation's signing status on request; after a coordinator publishes a new
 * edition (issue 18; Leeds: "will be reviewed annually"), every required signatory of a current member who
 * has not signed it is asked to sign again, once per person per edition (the sent-message log in the
 * database, so a restart never repeats it); the coordinators are reminded before the review is due, at the
 * profile's lead times ({@code membership.reviewReminders}).
 */
final class MouFlow {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Services s;
    /** The edition every signatory has been asked about, so the minutely watch reads one small resource. */
    private final AtomicReference<String> askedAbout = new AtomicReference<>();

    MouFlow(Services s) {
        this.s = s;
    }

    /** `/alliance mou`: each of the caller's organisations' status, read from the plugin as the caller. */
    void status(Caller c, Reply reply) {
        if (!c.isMember()) {
            MouStatusDto all = s.plugin.mouStatusAll();
            String counts = all.counts().entrySet().stream()
                    .map(e -> label(e.getKey()) + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            reply.text(BotText.get(
                    "mou.statusAll", all.editionNumber(), counts, Ui.link(pageUrl(), BotText.get("mou.open"))));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (MemberDto member : c.organisations()) {
            MouStatusDto.MemberStatusDto st = s.plugin.mouStatus(member.id(), c.email());
            StringBuilder text = new StringBuilder(BotText.get("mou.status", esc(member.name()), label(st.status())));
            if (!st.signedRoles().isEmpty()) {
                text.append(' ').append(BotText.get("mou.signedBy", roles(st.signedRoles())));
            }
            if (!st.missingRoles().isEmpty()) {
                text.append(' ').append(BotText.get("mou.stillToSign", roles(st.missingRoles())));
            }
            lines.add(text.toString());
        }
        reply.text(String.join("\n", lines) + ' ' + Ui.link(pageUrl(), BotText.get("mou.openInConfluence")));
    }

    private static String roles(java.util.Set<PersonRole> roles) {
        return roles.stream()
                .sorted()
                .map(r -> r.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    static String label(SigningStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String pageUrl() {
        return s.config.mouPageUrl().toString();
    }

    private LocalDate today() {
        return s.now().atZone(s.profile.timeZone()).toLocalDate();
    }

    // ---- after publication: sign again ------------------------------------------------------------

    /**
     * Every minute: when the current edition is one the bot has not yet asked about, asks everyone still
     * to sign it ({@link #askToSignAgain}). One small read when nothing changed.
     */
    void watchForNewEdition() {
        EditionDto edition = s.plugin.currentEdition();
        if (edition.id().equals(askedAbout.get())) {
            return;
        }
        askToSignAgain(edition);
    }

    /** The daily run of the same ask (people who joined, or whose Slack account appeared, since). */
    void askToSignAgain() {
        askToSignAgain(s.plugin.currentEdition());
    }

    /**
     * Asks each required signatory (the profile's, such as Bolton's head and chair) of every current member
     * that has not fully signed {@code edition} to sign it, in one message per person naming each
     * organisation and role, once per person per edition. Editions after the first only: edition 1 was
     * never "signed before", its people are reminded once it takes effect ({@link #remindUnsigned}).
     */
    private void askToSignAgain(EditionDto edition) {
        if (edition.number() < 2) {
            askedAbout.set(edition.id());
            return;
        }
        Map<String, List<String>> placesByEmail = new LinkedHashMap<>();
        for (MouStatusDto.MemberStatusDto m : s.plugin.mouStatusAll().members()) {
            if (m.status() == SigningStatus.SIGNED || m.status() == SigningStatus.WITHDRAWN) {
                continue;
            }
            Optional<MemberDto> member = s.directory.member(m.memberId());
            if (member.isEmpty()) {
                continue;
            }
            for (PersonRole role : m.missingRoles()) {
                for (var person : member.get().people()) {
                    if (person.role() == role) {
                        placesByEmail
                                .computeIfAbsent(person.email(), e -> new ArrayList<>())
                                .add(BotText.get(
                                        "mou.signAgain.place",
                                        esc(member.get().name()),
                                        role.name().toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        placesByEmail.forEach((email, places) -> s.directory
                .slackUserOf(email)
                .ifPresent(user -> s.nudges.sendOnce(signAgainKey(edition, email), email, s.now(), () -> {
                    String text = BotText.get(
                            "mou.signAgain",
                            edition.number(),
                            esc(edition.title()),
                            DATE.format(edition.effectiveDate()),
                            Words.list(places),
                            Ui.link(pageUrl(), BotText.get("mou.open")));
                    s.slack.post(user, BotText.get("mou.signAgain.title", edition.number()), List.of(Ui.text(text)));
                })));
        askedAbout.set(edition.id());
    }

    private static String signAgainKey(EditionDto edition, String email) {
        return "mou-sign-again:" + edition.id() + ":" + email;
    }

    // ---- once the edition is in effect ----------------------------------------------------------------

    /**
     * Daily: once the current edition is in effect, every required signatory of an organisation that has
     * not fully signed it is reminded once, unless already asked to sign it again when it was published.
     */
    void remindUnsigned() {
        EditionDto edition = s.plugin.currentEdition();
        if (edition.effectiveDate() != null && today().isBefore(edition.effectiveDate())) {
            return;
        }
        MouStatusDto status = s.plugin.mouStatusAll();
        for (MouStatusDto.MemberStatusDto m : status.members()) {
            if (m.status() == SigningStatus.SIGNED || m.status() == SigningStatus.WITHDRAWN) {
                continue;
            }
            MemberDto member = s.directory.member(m.memberId()).orElse(null);
            if (member == null) {
                continue;
            }
            List<PersonRole> roles =
                    m.missingRoles().isEmpty() ? List.of(PersonRole.HEAD) : List.copyOf(m.missingRoles());
            for (PersonRole role : roles) {
                for (var person : member.people()) {
                    if (person.role() != role || s.nudges.wasSent(signAgainKey(edition, person.email()))) {
                        continue;
                    }
                    s.directory
                            .slackUserOf(person.email())
                            .ifPresent(user -> s.nudges.sendOnce(
                                    "mou-reminder:" + edition.id() + ":" + member.id() + ":" + person.email(),
                                    person.email(),
                                    s.now(),
                                    () -> {
                                        String text = BotText.get(
                                                "mou.reminder",
                                                edition.number(),
                                                esc(edition.title()),
                                                esc(member.name()),
                                                label(m.status()),
                                                role.name().toLowerCase(Locale.ROOT),
                                                Ui.link(pageUrl(), BotText.get("mou.open")));
                                        s.slack.post(user, BotText.get("mou.reminder.title"), List.of(Ui.text(text)));
                                    }));
                }
            }
        }
    }

    // ---- before the review is due --------------------------------------------------------------------

    /**
     * Daily: from the longest lead time before the current edition's review date up to that date, each
     * coordinator is reminded once per lead time reached (two reached together make one message).
     */
    void remindReview() {
        EditionDto edition = s.plugin.currentEdition();
        LocalDate today = today();
        List<Period> leads = s.profile.membership().reviewReminders();
        Optional<MouReview.Reminder> due = MouReview.reminderDue(edition.reviewDate(), today, leads);
        if (due.isEmpty()) {
            return;
        }
        long days = ChronoUnit.DAYS.between(today, edition.reviewDate());
        String when = days == 0 ? BotText.get("mou.review.today") : BotText.get("mou.review.in", Words.days(days));
        for (String email : s.config.coordinatorEmails()) {
            s.directory.slackUserOf(email).ifPresent(user -> {
                String prefix = "mou-review:" + edition.id() + ":";
                List<String> covers = due.get().covers().stream()
                        .map(l -> prefix + l + ":" + email)
                        .toList();
                s.nudges.sendOnceCovering(prefix + due.get().lead() + ":" + email, covers, email, s.now(), () -> {
                    String text = BotText.get(
                            "mou.review",
                            edition.number(),
                            esc(edition.title()),
                            DATE.format(edition.reviewDate()),
                            when,
                            Ui.link(pageUrl(), BotText.get("mou.open")));
                    s.slack.post(user, BotText.get("mou.review.title", edition.number()), List.of(Ui.text(text)));
                });
            });
        }
    }
}
