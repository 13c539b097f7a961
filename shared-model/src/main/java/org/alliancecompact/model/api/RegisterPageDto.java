package org.alliancecompact.model.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.register.SupportCategory;

/** GET /register: the rows the caller may see and headline counts per category over all members. */
public record RegisterPageDto(List<RegisterRowDto> rows, Map<SupportCategory, Long> headlineCounts) {

    public RegisterPageDto {
        rows = rows == null ? List.of() : List.copyOf(rows);
        EnumMap<SupportCategory, Long> counts = new EnumMap<>(SupportCategory.class);
        if (headlineCounts != null) {
            counts.putAll(headlineCounts);
        }
        headlineCounts = Collections.unmodifiableMap(counts);
    }
}
