package org.alliancecompact.slack.flows;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.text.BotText;

/**
 * How an organisation typed in a command is matched, the same for every command that takes one: its id or
 * its whole name (case-insensitive), else the one organisation whose name begins with the words typed
 * ("Westhoughton" for "Westhoughton High School"). Several beginning so are named back to the person.
 */
final class OrganisationNames {
    private OrganisationNames() {}

    /**
     * The organisation among {@code candidates} that {@code typed} names; empty when none does.
     *
     * @throws IllegalArgumentException naming the candidates when the leading words fit several
     */
    static Optional<MemberDto> find(Collection<MemberDto> candidates, String typed) {
        String q = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Optional<MemberDto> exact = candidates.stream()
                .filter(m -> m.id().equalsIgnoreCase(q) || m.name().strip().equalsIgnoreCase(q))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String prefix = q.toLowerCase(Locale.UK);
        List<MemberDto> leading = candidates.stream()
                .filter(m ->
                        startsWithWords(m.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK), prefix))
                .toList();
        if (leading.size() > 1) {
            throw new IllegalArgumentException(BotText.get(
                    "organisation.ambiguous",
                    q,
                    Words.either(leading.stream().map(MemberDto::name).toList())));
        }
        return leading.stream().findFirst();
    }

    /** The organisation named, or IllegalArgumentException: "No member organisation is called …". */
    static MemberDto match(Collection<MemberDto> candidates, String typed) {
        return find(candidates, typed)
                .orElseThrow(() -> new IllegalArgumentException(BotText.get("organisation.none", typed.strip())));
    }

    /** Whether {@code name} begins with {@code prefix} as whole words ("west" does not name "Westhoughton"). */
    private static boolean startsWithWords(String name, String prefix) {
        return name.startsWith(prefix) && (name.length() == prefix.length() || name.charAt(prefix.length()) == ' ');
    }
}
