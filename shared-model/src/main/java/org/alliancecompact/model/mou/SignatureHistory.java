package org.alliancecompact.model.mou;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which signatures stand after a publication: only those on the current edition's exact wording (see
 * {@link Signature#isOn}); every signature of an earlier edition is kept as history, listed by edition,
 * never deleted and never counted again. Right after a new edition is published no signature stands,
 * so every member is NOT_SIGNED ({@link SigningRules#statusOf}) until its people sign again.
 *
 * @param standing signatures on the current edition, oldest first
 * @param history earlier editions, newest first, each with its signatures oldest first (editions nobody
 *     signed are listed too, with none)
 */
public record SignatureHistory(MouEdition current, List<Signature> standing, Map<MouEdition, List<Signature>> history) {

    public SignatureHistory {
        standing = List.copyOf(standing);
        history = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(history));
    }

    /**
     * @param editions every edition, in any order; the highest number is the current one
     * @param signatures every signature on file
     */
    public static SignatureHistory of(Collection<MouEdition> editions, Collection<Signature> signatures) {
        if (editions == null || editions.isEmpty()) {
            throw new IllegalArgumentException("editions must list at least one edition");
        }
        List<MouEdition> newestFirst = editions.stream()
                .sorted((a, b) -> Integer.compare(b.number(), a.number()))
                .toList();
        MouEdition current = newestFirst.get(0);
        List<Signature> standing = new ArrayList<>();
        Map<MouEdition, List<Signature>> history = new LinkedHashMap<>();
        for (MouEdition e : newestFirst.subList(1, newestFirst.size())) {
            history.put(e, new ArrayList<>());
        }
        for (Signature s : signatures == null ? List.<Signature>of() : signatures) {
            if (s.isOn(current)) {
                standing.add(s);
                continue;
            }
            newestFirst.stream()
                    .filter(s::isOn)
                    .findFirst()
                    .ifPresent(e -> history.get(e).add(s));
        }
        history.replaceAll((e, list) -> List.copyOf(list));
        return new SignatureHistory(current, standing, history);
    }
}
