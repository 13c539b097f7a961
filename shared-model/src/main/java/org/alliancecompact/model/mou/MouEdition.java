package org.alliancecompact.model.mou;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One numbered edition of an alliance's MOU: the exact wording members sign, when it takes effect and
 * when it is due for its annual review. The fingerprint is always the {@link MouFingerprint} of the
 * title and sections; a record whose fingerprint does not match its wording is refused.
 *
 * @param id stable key of this edition
 * @param number 1 for the first edition, higher for each later one
 * @param reviewDate last day the edition stands before it must be reviewed; signatures lapse after it
 */
public record MouEdition(
        String id,
        int number,
        String title,
        List<MouTemplate.Section> sections,
        LocalDate effectiveDate,
        LocalDate reviewDate,
        String fingerprint) {

    public MouEdition {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more: " + number);
        }
        // MouTemplate validates title and sections with the same rules as the profile's text.
        MouTemplate template = new MouTemplate(title, sections);
        sections = template.sections();
        if (effectiveDate == null) {
            throw new IllegalArgumentException("effectiveDate is required");
        }
        if (reviewDate == null) {
            throw new IllegalArgumentException("reviewDate is required");
        }
        if (!reviewDate.isAfter(effectiveDate)) {
            throw new IllegalArgumentException("reviewDate must be after effectiveDate (" + effectiveDate + ")");
        }
        String expected = MouFingerprint.of(title, sections);
        if (!expected.equals(fingerprint)) {
            throw new IllegalArgumentException("fingerprint does not match the edition's wording");
        }
    }

    /** An edition with its fingerprint computed from its wording. */
    public static MouEdition of(
            String id,
            int number,
            String title,
            List<MouTemplate.Section> sections,
            LocalDate effectiveDate,
            LocalDate reviewDate) {
        if (title == null || sections == null) {
            // let the constructor name the missing field
            return new MouEdition(id, number, title, sections, effectiveDate, reviewDate, null);
        }
        return new MouEdition(
                id, number, title, sections, effectiveDate, reviewDate, MouFingerprint.of(title, sections));
    }

    /** Edition 1 from an alliance profile's MOU text, reviewed {@code reviewPeriod} after it takes effect. */
    public static MouEdition first(String id, MouTemplate template, LocalDate effectiveDate, Period reviewPeriod) {
        return of(id, 1, template.title(), template.sections(), effectiveDate, reviewDate(effectiveDate, reviewPeriod));
    }

    /**
     * The next edition with new wording. Refused when the wording is unchanged (same fingerprint): an
     * annual review that keeps the text uses {@link #withReviewDate} instead, so signatures still count.
     */
    public MouEdition next(
            String newId,
            String newTitle,
            List<MouTemplate.Section> newSections,
            LocalDate newEffectiveDate,
            Period reviewPeriod) {
        if (newId == null || newId.equals(id)) {
            throw new IllegalArgumentException("id: the next edition needs its own id");
        }
        if (newEffectiveDate == null || newEffectiveDate.isBefore(effectiveDate)) {
            throw new IllegalArgumentException(
                    "effectiveDate: the next edition cannot take effect before " + effectiveDate);
        }
        MouEdition candidate = of(
                newId, number + 1, newTitle, newSections, newEffectiveDate, reviewDate(newEffectiveDate, reviewPeriod));
        if (candidate.fingerprint.equals(fingerprint)) {
            throw new IllegalArgumentException(
                    "sections: the wording is unchanged from edition " + number + "; extend its review date instead");
        }
        return candidate;
    }

    /** This edition with a new review date, for a review that kept the wording. */
    public MouEdition withReviewDate(LocalDate newReviewDate) {
        return new MouEdition(id, number, title, sections, effectiveDate, newReviewDate, fingerprint);
    }

    /** Whether the edition is past its review date on {@code date}. */
    public boolean isLapsedOn(LocalDate date) {
        return date.isAfter(reviewDate);
    }

    /** The clause with this number, if any. */
    public java.util.Optional<MouTemplate.Clause> clause(String clauseNumber) {
        return sections.stream()
                .flatMap(s -> s.clauses().stream())
                .filter(c -> c.number().equals(clauseNumber))
                .findFirst();
    }

    private static LocalDate reviewDate(LocalDate effectiveDate, Period reviewPeriod) {
        return MouReview.reviewDate(effectiveDate, reviewPeriod);
    }
}
