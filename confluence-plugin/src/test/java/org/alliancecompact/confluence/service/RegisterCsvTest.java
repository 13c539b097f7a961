package org.alliancecompact.confluence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {

    @Test
    void quotesEveryCellAndDefusesSpreadsheetFormulas() {
        RegisterRowDto row = new RegisterRowDto(
                "m1",
                "=HYPERLINK(\"http://evil\")",
                SupportCategory.TARGETED,
                Set.of("b", "a"),
                "c@x.example",
                Instant.parse("2026-11-23T10:00:00Z"),
                "said \"no\", then yes",
                LocalDate.of(2027, 1, 1),
                true);
        String csv = RegisterCsv.of(List.of(row));
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("member_id,member_name,category");
        assertThat(lines[1])
                .isEqualTo("\"m1\",\"'=HYPERLINK(\"\"http://evil\"\")\",\"TARGETED\",\"a b\",\"c@x.example\","
                        + "\"2026-11-23T10:00:00Z\",\"said \"\"no\"\", then yes\",\"2027-01-01\",\"true\"");
        assertThat(RegisterCsv.cell("-1+2")).isEqualTo("\"'-1+2\"");
        assertThat(RegisterCsv.cell(null)).isEmpty();
    }
}
