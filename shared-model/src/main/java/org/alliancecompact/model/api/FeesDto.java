package org.alliancecompact.model.api;

import java.util.List;

/**
 * GET /fees: the annual fee for one academic year and where each organisation the caller may see stands.
 *
 * @param academicYear "2026/27"
 * @param annualFeePence the profile's annual fee in pence; 0 when the alliance charges none
 * @param organisations one entry per organisation, by name: every member for coordinators and the
 *     integration user, the caller's own organisations for anyone else
 */
public record FeesDto(String academicYear, long annualFeePence, List<FeeStatusDto> organisations) {

    public FeesDto {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }
}
