package org.alliancecompact.model.mou;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft compared with the edition in force, clause by clause, matched by clause number: each clause is
 * ADDED (only in the draft), REMOVED (only in the edition), CHANGED (its text, or the section it stands
 * in, differs) or UNCHANGED. Texts are compared as the fingerprint reads them ({@link
 * MouFingerprint#normalise}): re-flowing the same words is no change, any change of wording is one.
 *
 * <p>Order: the draft's clauses in the draft's order, each removed clause placed after the clause that
 * preceded it in the edition, so the list reads as the new document with the old clauses struck through.
 *
 * @param titleBefore the edition's title
 * @param titleAfter the draft's title
 * @param changes every clause of either text, once
 * @param wordingChanged whether the draft's fingerprint differs from the edition's (also true when only
 *     headings or the order of clauses changed, which no clause line shows as a change of text)
 */
public record EditionComparison(
        String titleBefore, String titleAfter, List<ClauseChange> changes, boolean wordingChanged) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    /**
     * One clause's line in the comparison.
     *
     * @param before the edition's text, null when ADDED
     * @param after the draft's text, null when REMOVED
     */
    public record ClauseChange(
            Kind kind, String number, String headingBefore, String headingAfter, String before, String after) {}

    public EditionComparison {
        changes = List.copyOf(changes);
    }

    public static EditionComparison of(MouEdition current, EditionDraft draft) {
        Map<String, Located> old = index(current.sections());
        Map<String, Located> neu = index(draft.sections());
        List<ClauseChange> out = new ArrayList<>();
        // removed clauses go after the clause that came before them in the edition
        Map<String, List<ClauseChange>> removedAfter = new LinkedHashMap<>();
        String previous = "";
        for (Located o : old.values()) {
            if (!neu.containsKey(key(o.clause().number()))) {
                removedAfter
                        .computeIfAbsent(previous, k -> new ArrayList<>())
                        .add(new ClauseChange(
                                Kind.REMOVED,
                                o.clause().number(),
                                o.heading(),
                                null,
                                o.clause().text(),
                                null));
            } else {
                previous = key(o.clause().number());
            }
        }
        out.addAll(removedAfter.getOrDefault("", List.of()));
        for (Located n : neu.values()) {
            String k = key(n.clause().number());
            Located o = old.get(k);
            if (o == null) {
                out.add(new ClauseChange(
                        Kind.ADDED,
                        n.clause().number(),
                        null,
                        n.heading(),
                        null,
                        n.clause().text()));
            } else {
                boolean same = MouFingerprint.normalise(o.clause().text())
                                .equals(MouFingerprint.normalise(n.clause().text()))
                        && MouFingerprint.normalise(o.heading()).equals(MouFingerprint.normalise(n.heading()));
                out.add(new ClauseChange(
                        same ? Kind.UNCHANGED : Kind.CHANGED,
                        n.clause().number(),
                        o.heading(),
                        n.heading(),
                        o.clause().text(),
                        n.clause().text()));
                out.addAll(removedAfter.getOrDefault(k, List.of()));
            }
        }
        return new EditionComparison(
                current.title(), draft.title(), out, !current.fingerprint().equals(draft.fingerprint()));
    }

    /** How many clauses of each kind (every kind listed, zero included). */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            counts.put(k, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    public boolean titleChanged() {
        return !MouFingerprint.normalise(titleBefore).equals(MouFingerprint.normalise(titleAfter));
    }

    private record Located(String heading, MouTemplate.Clause clause) {}

    private static Map<String, Located> index(List<MouTemplate.Section> sections) {
        Map<String, Located> byNumber = new LinkedHashMap<>();
        for (MouTemplate.Section s : sections) {
            for (MouTemplate.Clause c : s.clauses()) {
                byNumber.putIfAbsent(key(c.number()), new Located(s.heading(), c));
            }
        }
        return byNumber;
    }

    private static String key(String number) {
        return MouFingerprint.normalise(number);
    }
}
