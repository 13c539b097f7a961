package org.alliancecompact.confluence.service;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.text.EnGb;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.register.CriterionDefinition;

/**
 * The register as CSV (RFC 4180) for a spreadsheet: UTF-8 with a byte-order mark (without one Excel reads
 * the file as Windows-1252 and shows "St Mary’s" as "St Maryâ€™s"), headings, categories and criteria in
 * the words of the page, dates in the page's format ({@link EnGb}). Cells that a spreadsheet would run as
 * a formula are prefixed with an apostrophe, so an organisation called "=HYPERLINK(...)" stays text.
 */
public final class RegisterCsv {

    /** U+FEFF, written first: Excel's signal that the file is UTF-8. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final List<String> HEADINGS = List.of(
            "compact.csv.member",
            "compact.csv.category",
            "compact.csv.criteria",
            "compact.csv.setBy",
            "compact.csv.setAt",
            "compact.csv.reason",
            "compact.csv.nextReview",
            "compact.csv.overdue");

    private RegisterCsv() {}

    public static String of(List<RegisterRowDto> rows, AllianceProfile profile) {
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK)
                .append(HEADINGS.stream().map(k -> cell(Texts.get(k))).collect(Collectors.joining(",")))
                .append("\r\n");
        for (RegisterRowDto r : rows) {
            out.append(String.join(
                            ",",
                            cell(r.memberName() == null ? r.memberId() : r.memberName()),
                            cell(Texts.get("compact.category." + r.category().name())),
                            cell(new TreeSet<>(r.criteria())
                                    .stream()
                                            .map(code -> profile.register()
                                                    .criterion(code)
                                                    .map(CriterionDefinition::text)
                                                    .orElse(code))
                                            .collect(Collectors.joining("; "))),
                            cell(r.setBy()),
                            cell(EnGb.dateTime(r.setAt(), profile.timeZone())),
                            cell(r.reason()),
                            cell(EnGb.date(r.nextReview())),
                            cell(Texts.get(r.reviewOverdue() ? "compact.csv.yes" : "compact.csv.no"))))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
