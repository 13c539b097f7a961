package org.alliancecompact.model.mou;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The next MOU edition as a coordinator is writing it: a copy of the current edition's title and
 * clauses, changed clause by clause, not yet signed by anyone and not yet in force. Every seed MOU "will
 * be reviewed annually" (Leeds) or "on an annual basis" (Bolton); the draft is how that review is written
 * down in the product.
 *
 * <p>Limits (so one draft stays a readable document and one request body stays small): title and
 * headings at most {@value #MAX_TITLE} characters, clause numbers at most {@value #MAX_NUMBER}, each
 * clause at most {@value #MAX_CLAUSE_TEXT} (the longest seed clause, Oldham's, has about 1,300), at most
 * {@value #MAX_SECTIONS} sections and {@value #MAX_CLAUSES} clauses in all; clause numbers are unique,
 * because the comparison and the signatures' "clause N" refer to them. Texts are kept as typed, stripped
 * at both ends.
 *
 * @param basedOnEditionId the edition this draft was copied from; a draft of an edition that has since
 *     been replaced cannot be published
 */
public record EditionDraft(String basedOnEditionId, String title, List<MouTemplate.Section> sections) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NUMBER = 16;
    public static final int MAX_CLAUSE_TEXT = 5000;
    public static final int MAX_SECTIONS = 50;
    public static final int MAX_CLAUSES = 300;

    public EditionDraft {
        if (basedOnEditionId == null || basedOnEditionId.isBlank()) {
            throw new IllegalArgumentException("basedOnEditionId: say which edition the draft is based on");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title: the edition needs a title");
        }
        title = title.strip();
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title: keep the title to " + MAX_TITLE + " characters or fewer");
        }
        if (sections == null || sections.isEmpty()) {
            throw new IllegalArgumentException("sections: the edition needs at least one section");
        }
        if (sections.size() > MAX_SECTIONS) {
            throw new IllegalArgumentException(
                    "sections: an edition has at most " + MAX_SECTIONS + " sections; this one has " + sections.size());
        }
        List<MouTemplate.Section> clean = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        int clauses = 0;
        for (MouTemplate.Section s : sections) {
            if (s == null) {
                throw new IllegalArgumentException("sections: a section is empty");
            }
            String heading = s.heading().strip();
            if (heading.length() > MAX_TITLE) {
                throw new IllegalArgumentException(
                        "sections: keep the heading \"" + cut(heading) + "\" to " + MAX_TITLE + " characters or fewer");
            }
            List<MouTemplate.Clause> cleanClauses = new ArrayList<>();
            for (MouTemplate.Clause c : s.clauses()) {
                if (c == null) {
                    throw new IllegalArgumentException("sections: a clause of \"" + cut(heading) + "\" is empty");
                }
                String number = c.number().strip();
                String text = c.text().strip();
                if (number.length() > MAX_NUMBER) {
                    throw new IllegalArgumentException(
                            "sections: keep clause numbers to " + MAX_NUMBER + " characters (\"" + cut(number) + "\")");
                }
                if (text.length() > MAX_CLAUSE_TEXT) {
                    throw new IllegalArgumentException("sections: clause " + number + " is longer than "
                            + MAX_CLAUSE_TEXT + " characters; split it into several clauses");
                }
                if (!numbers.add(MouFingerprint.normalise(number))) {
                    throw new IllegalArgumentException(
                            "sections: clause number " + number + " is used twice; give each clause its own number");
                }
                cleanClauses.add(new MouTemplate.Clause(number, text));
            }
            clauses += cleanClauses.size();
            clean.add(new MouTemplate.Section(heading, cleanClauses));
        }
        if (clauses > MAX_CLAUSES) {
            throw new IllegalArgumentException(
                    "sections: an edition has at most " + MAX_CLAUSES + " clauses; this one has " + clauses);
        }
        sections = List.copyOf(clean);
    }

    /** The first draft of the next edition: the current edition's title and clauses, word for word. */
    public static EditionDraft from(MouEdition current) {
        return new EditionDraft(current.id(), current.title(), current.sections());
    }

    /** This draft with clause {@code number}'s text replaced; {@link IllegalArgumentException} when there is none. */
    public EditionDraft withClauseText(String number, String text) {
        boolean found = false;
        List<MouTemplate.Section> out = new ArrayList<>();
        for (MouTemplate.Section s : sections) {
            List<MouTemplate.Clause> cs = new ArrayList<>();
            for (MouTemplate.Clause c : s.clauses()) {
                if (c.number().equals(number)) {
                    cs.add(new MouTemplate.Clause(number, text));
                    found = true;
                } else {
                    cs.add(c);
                }
            }
            out.add(new MouTemplate.Section(s.heading(), cs));
        }
        if (!found) {
            throw new IllegalArgumentException("sections: the draft has no clause " + number);
        }
        return new EditionDraft(basedOnEditionId, title, out);
    }

    /** This draft with a new clause at the end of the section {@code heading} (a new section when there is none). */
    public EditionDraft withClauseAdded(String heading, String number, String text) {
        List<MouTemplate.Section> out = new ArrayList<>();
        boolean placed = false;
        for (MouTemplate.Section s : sections) {
            if (!placed && s.heading().equals(heading)) {
                List<MouTemplate.Clause> cs = new ArrayList<>(s.clauses());
                cs.add(new MouTemplate.Clause(number, text));
                out.add(new MouTemplate.Section(s.heading(), cs));
                placed = true;
            } else {
                out.add(s);
            }
        }
        if (!placed) {
            out.add(new MouTemplate.Section(heading, List.of(new MouTemplate.Clause(number, text))));
        }
        return new EditionDraft(basedOnEditionId, title, out);
    }

    /** This draft without clause {@code number} (a section left with no clause goes too). */
    public EditionDraft withoutClause(String number) {
        List<MouTemplate.Section> out = new ArrayList<>();
        boolean found = false;
        for (MouTemplate.Section s : sections) {
            List<MouTemplate.Clause> cs = new ArrayList<>();
            for (MouTemplate.Clause c : s.clauses()) {
                if (c.number().equals(number)) {
                    found = true;
                } else {
                    cs.add(c);
                }
            }
            if (!cs.isEmpty()) {
                out.add(new MouTemplate.Section(s.heading(), cs));
            }
        }
        if (!found) {
            throw new IllegalArgumentException("sections: the draft has no clause " + number);
        }
        return new EditionDraft(basedOnEditionId, title, out);
    }

    /** The fingerprint the draft's wording would have as an edition ({@link MouFingerprint}). */
    public String fingerprint() {
        return MouFingerprint.of(title, sections);
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
