package org.alliancecompact.model.api;

import java.time.Instant;
import java.util.List;
import org.alliancecompact.model.mou.EditionDraft;
import org.alliancecompact.model.mou.MouTemplate;

/**
 * The draft of the next MOU edition in the REST contract ({@code GET/POST/PUT /mou/draft}). In a PUT only
 * {@code basedOnEditionId}, {@code title} and {@code sections} are read; the rest is shown.
 *
 * @param fingerprint what the draft's wording would fingerprint as (equal to the current edition's while
 *     nothing has changed)
 */
public record EditionDraftDto(
        String basedOnEditionId,
        String title,
        List<EditionDto.SectionDto> sections,
        String fingerprint,
        String updatedBy,
        @IsoTime.AsInstant Instant updatedAt) {

    public EditionDraftDto {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static EditionDraftDto from(EditionDraft draft, String updatedBy, Instant updatedAt) {
        return new EditionDraftDto(
                draft.basedOnEditionId(),
                draft.title(),
                draft.sections().stream()
                        .map(s -> new EditionDto.SectionDto(
                                s.heading(),
                                s.clauses().stream()
                                        .map(c -> new EditionDto.ClauseDto(c.number(), c.text()))
                                        .toList()))
                        .toList(),
                draft.fingerprint(),
                updatedBy,
                updatedAt);
    }

    /** The domain draft; {@link IllegalArgumentException} naming the field when a value is refused. */
    public EditionDraft toDomain() {
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("sections: the edition needs at least one section");
        }
        List<MouTemplate.Section> domain = new java.util.ArrayList<>();
        for (EditionDto.SectionDto s : sections) {
            if (s == null) {
                throw new IllegalArgumentException("sections: a section is empty");
            }
            List<MouTemplate.Clause> clauses = new java.util.ArrayList<>();
            for (EditionDto.ClauseDto c : s.clauses()) {
                if (c == null) {
                    throw new IllegalArgumentException("sections: a clause is empty");
                }
                try {
                    clauses.add(new MouTemplate.Clause(c.number(), c.text()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("sections: " + plain(e.getMessage()), e);
                }
            }
            try {
                domain.add(new MouTemplate.Section(s.heading(), clauses));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sections: " + plain(e.getMessage()), e);
            }
        }
        return new EditionDraft(basedOnEditionId, title, domain);
    }

    /** MouTemplate speaks of the profile file's paths ("mou.sections[].heading"); a draft's author typed no such path. */
    private static String plain(String message) {
        return message.replace("mou.sections[].clauses[].number", "each clause's number")
                .replace("mou.sections[].clauses", "each section's clauses")
                .replace("mou.sections[].heading", "each section's heading")
                .replace("mou clause", "clause");
    }
}
