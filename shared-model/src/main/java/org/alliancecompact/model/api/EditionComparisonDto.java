package org.alliancecompact.model.api;

import java.util.List;
import java.util.Map;
import org.alliancecompact.model.mou.EditionComparison;

/** The draft compared with the current edition, clause by clause ({@code GET /mou/draft/comparison}). */
public record EditionComparisonDto(
        String editionId,
        int editionNumber,
        String titleBefore,
        String titleAfter,
        boolean titleChanged,
        boolean wordingChanged,
        Map<EditionComparison.Kind, Integer> counts,
        List<EditionComparison.ClauseChange> clauses) {

    public EditionComparisonDto {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    public static EditionComparisonDto from(String editionId, int editionNumber, EditionComparison c) {
        return new EditionComparisonDto(
                editionId,
                editionNumber,
                c.titleBefore(),
                c.titleAfter(),
                c.titleChanged(),
                c.wordingChanged(),
                c.counts(),
                c.changes());
    }
}
