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

    static final String USAGE = "Coordinators record: `/alliance engagement <organisation> documentation-overdue"
            + " <YYYY-MM-DD> [what]`, `evidence-overdue <YYYY-MM-DD> [what]`, `missed <YYYY-MM-DD> [meeting]`"
            + " or `resumed [note]` (the date is when it fell due or was missed).";

    static final Map<String, SignalKind> VERBS = Map.of(
            "documentation-overdue", SignalKind.DOCUMENTATION_OVERDUE,
            "evidence-overdue", SignalKind.EVIDENCE_OVERDUE,
            "missed", SignalKind.MEETING_MISSED,
            "resumed", SignalKind.ENGAGEMENT_RESUMED);

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
                throw new IllegalArgumentException("Name the organisation first. " + USAGE);
            }
            String organisation = String.join(" ", Arrays.copyOfRange(words, 1, i));
            int next = i + 1;
            LocalDate date = null;
            if (kind != SignalKind.ENGAGEMENT_RESUMED) {
                if (next >= words.length) {
                    throw new IllegalArgumentException("Give the date it fell due or was missed. " + USAGE);
                }
                try {
                    date = LocalDate.parse(words[next]);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + words[next] + "' is not a date like 2026-10-31. " + USAGE);
                }
                next++;
            }
            String detail =
                    next < words.length ? String.join(" ", Arrays.copyOfRange(words, next, words.length)) : null;
            if (detail != null && detail.length() > 200) {
                throw new IllegalArgumentException("Keep the note under 200 characters.");
            }
            return Optional.of(new Parsed(organisation, kind, date, detail));
        }
        return Optional.empty();
    }

    record Parsed(String organisation, SignalKind kind, LocalDate date, String detail) {}

    /** Stores the signal through the same rule as the coordinators' modal, recomputes and answers with the level. */
    void record(Caller c, Parsed p, Reply reply) {
        if (!c.coordinator()) {
            throw new IllegalArgumentException("Only coordinators record engagement.");
        }
        MemberDto member = s.directory
                .findMember(p.organisation())
                .orElseThrow(() -> new IllegalArgumentException(
                        "No member organisation is called or has the id '" + p.organisation() + "'."));
        LocalDate date = p.date() == null ? s.now().atZone(s.profile.timeZone()).toLocalDate() : p.date();
        Map<String, String> problems = engagement.record(c, member.id(), p.kind(), date, p.detail());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems.values()));
        }
        engagement.recompute(member);
        String level = s.engagement
                .level(member.id())
                .map(l -> l.level() == 0 ? "engaged (level 0)" : "level " + l.level())
                .orElse("engaged (level 0)");
        reply.text("Recorded for *" + esc(member.name()) + "*: "
                + p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (p.date() == null ? "" : " on " + p.date()) + ". " + esc(member.name()) + " is now " + level + ".");
    }
}
