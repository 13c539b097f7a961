package org.alliancecompact.model.register;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one viewer gets of the register: the rows they may see, and headline counts per category over
 * ALL members (Oldham data-sharing 3.5: even a non-signer has the headline summary).
 */
public record RegisterView(List<CategoryAssignment> rows, Map<SupportCategory, Long> headlineCounts) {

    public RegisterView {
        rows = rows == null ? List.of() : List.copyOf(rows);
        EnumMap<SupportCategory, Long> counts = new EnumMap<>(SupportCategory.class);
        for (SupportCategory c : SupportCategory.values()) {
            counts.put(c, 0L);
        }
        if (headlineCounts != null) {
            counts.putAll(headlineCounts);
        }
        headlineCounts = Collections.unmodifiableMap(counts);
    }
}
