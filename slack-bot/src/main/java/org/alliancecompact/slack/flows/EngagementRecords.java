package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.slack.store.EngagementStore;
import org.alliancecompact.slack.text.BotText;

/**
 * Coordinators record what the bot cannot see for itself (Oldham disengagement protocol): documentation
 * or evidence of impact that was due and has not arrived, a meeting missed before the bot was in use,
 * and engagement resumed. Each record is a ladder signal; the level is recomputed at once.
 *
 * <p>{@code /alliance engagement <organisation> documentation-overdue <YYYY-MM-DD> [what]},
 * {@code evidence-overdue <YYYY-MM-DD> [what]}, {@code missed <YYYY-MM-DD> [meeting]},
 * {@code resumed [note]}.
 */
final class EngagementRecords {

    static final String USAGE = BotText.get("records.usage");

    static final Map<String, SignalKind> VERBS = Map.of(
            "documentation-overdue", SignalKind.DOCUMENTATION_OVERDUE,
            "evidence-overdue", SignalKind.EVIDENCE_OVERDUE,
            "missed", SignalKind.MEETING_MISSED,
            "resumed", SignalKind.ENGAGEMENT_RESUMED);

    /** Dates in replies, en-GB: 1 October 2026. */
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Services s;
    private final EngagementFlow engagement;

    EngagementRecords(Services s, EngagementFlow engagement) {
        this.s = s;
        this.engagement = engagement;
    }

    /** What a coordinator typed after {@code engagement}, parsed before the ack; empty when it is a query. */
    static Optional<Parsed> parse(String[] words) {
        for (int i = 1; i < words.length; i++) {
            SignalKind kind = VERBS.get(words[i].toLowerCase(Locale.ROOT));
            if (kind == null) {
                continue;
            }
            if (i == 1) {
                throw new IllegalArgumentException(BotText.get("records.organisationFirst", USAGE));
            }
            String organisation = String.join(" ", Arrays.copyOfRange(words, 1, i));
            int next = i + 1;
            LocalDate date = null;
            if (kind != SignalKind.ENGAGEMENT_RESUMED) {
                if (next >= words.length) {
                    throw new IllegalArgumentException(BotText.get("records.giveDate", USAGE));
                }
                try {
                    date = LocalDate.parse(words[next]);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(BotText.get("records.notADate", words[next], USAGE));
                }
                next++;
            }
            String detail =
                    next < words.length ? String.join(" ", Arrays.copyOfRange(words, next, words.length)) : null;
            if (detail != null && detail.length() > 200) {
                throw new IllegalArgumentException(BotText.get("records.noteTooLong"));
            }
            return Optional.of(new Parsed(organisation, kind, date, detail));
        }
        return Optional.empty();
    }

    record Parsed(String organisation, SignalKind kind, LocalDate date, String detail) {}

    /** Stores the signal through the same rule as the coordinators' modal, recomputes and answers with the level. */
    void record(Caller c, Parsed p, Reply reply) {
        if (!c.coordinator()) {
            throw new IllegalArgumentException(BotText.get("engagement.coordinatorsOnly"));
        }
        MemberDto member = engagement.currentNamed(p.organisation());
        LocalDate date = p.date() == null ? s.now().atZone(s.profile.timeZone()).toLocalDate() : p.date();
        Map<String, String> problems = engagement.record(c, member.id(), p.kind(), date, p.detail());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems.values()));
        }
        engagement.recompute(member);
        int level = s.engagement
                .level(member.id())
                .map(EngagementStore.Level::level)
                .orElse(0);
        String what = p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        reply.text(
                p.date() == null
                        ? BotText.get("records.recorded", esc(member.name()), what, level)
                        : BotText.get(
                                "records.recordedOn",
                                esc(member.name()),
                                what,
                                p.date().format(DAY),
                                level));
    }
}
