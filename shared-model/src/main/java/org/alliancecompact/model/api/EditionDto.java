package org.alliancecompact.model.api;

import java.time.LocalDate;
import java.util.List;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.MouTemplate;

/** An MOU edition with its sections and clauses, in the REST contract. */
public record EditionDto(
        String id,
        int number,
        String title,
        List<SectionDto> sections,
        @IsoTime.AsDate LocalDate effectiveDate,
        @IsoTime.AsDate LocalDate reviewDate,
        String fingerprint) {

    public EditionDto {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public record SectionDto(String heading, List<ClauseDto> clauses) {
        public SectionDto {
            clauses = clauses == null ? List.of() : List.copyOf(clauses);
        }
    }

    public record ClauseDto(String number, String text) {}

    public static EditionDto from(MouEdition edition) {
        return new EditionDto(
                edition.id(),
                edition.number(),
                edition.title(),
                edition.sections().stream()
                        .map(s -> new SectionDto(
                                s.heading(),
                                s.clauses().stream()
                                        .map(c -> new ClauseDto(c.number(), c.text()))
                                        .toList()))
                        .toList(),
                edition.effectiveDate(),
                edition.reviewDate(),
                edition.fingerprint());
    }

    /** The domain record; refused when the fingerprint does not match the wording. */
    public MouEdition toDomain() {
        List<MouTemplate.Section> domainSections = sections.stream()
                .map(s -> new MouTemplate.Section(
                        s.heading(),
                        s.clauses().stream()
                                .map(c -> new MouTemplate.Clause(c.number(), c.text()))
                                .toList()))
                .toList();
        return new MouEdition(id, number, title, domainSections, effectiveDate, reviewDate, fingerprint);
    }
}
