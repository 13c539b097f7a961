package org.alliancecompact.confluence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {

    private final AllianceProfile oldham = Fixtures.profile("oldham").profile();

    private static RegisterRowDto row(String name, Set<String> criteria, String reason) {
        return new RegisterRowDto(
                "m1",
                name,
                SupportCategory.TARGETED,
                criteria,
                "c@x.example",
                Instant.parse("2026-11-23T10:00:00Z"),
                reason,
                LocalDate.of(2027, 1, 1),
                true);
    }

    @Test
    void quotesEveryCellAndDefusesSpreadsheetFormulas() {
        String csv =
                RegisterCsv.of(List.of(row("=HYPERLINK(\"http://evil\")", Set.of(), "said \"no\", then yes")), oldham);
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines[1])
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\",\"Targeted\",\"\",\"c@x.example\","
                        + "\"23 November 2026, 10:00\",\"said \"\"no\"\", then yes\",\"1 January 2027\",\"Yes\"");
        assertThat(RegisterCsv.cell("-1+2")).isEqualTo("\"'-1+2\"");
        assertThat(RegisterCsv.cell(null)).isEmpty();
    }

    @Test
    void opensInExcelAsUtf8WithTheWordsAndDatesOfThePage() {
        String csv = RegisterCsv.of(
                List.of(row(
                        "St Mary\u2019s RC Primary \u2013 Oldham",
                        Set.of("targeted-ofsted-ri", "targeted-attendance-not-good"),
                        "Fell")),
                oldham);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        // Excel reads a CSV as UTF-8 only after the byte-order mark EF BB BF
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines[0])
                .isEqualTo("\"Member organisation\",\"Category\",\"Criteria evidence\",\"Set by\",\"Set on\","
                        + "\"Reason\",\"Next review\",\"Review overdue\"");
        String ri =
                oldham.register().criterion("targeted-ofsted-ri").orElseThrow().text();
        String attendance = oldham.register()
                .criterion("targeted-attendance-not-good")
                .orElseThrow()
                .text();
        assertThat(lines[1])
                .startsWith(
                        "\"St Mary\u2019s RC Primary \u2013 Oldham\",\"Targeted\",\"" + attendance + "; " + ri + "\"")
                .doesNotContain("targeted-ofsted-ri");
    }
}
