package org.alliancecompact.confluence.service;

import java.util.List;
import org.alliancecompact.model.api.RegisterRowDto;

/**
 * The register as CSV (RFC 4180). Cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe, so an organisation called "=HYPERLINK(...)" stays text.
 */
public final class RegisterCsv {

    private static final String HEADER =
            "member_id,member_name,category,criteria,set_by,set_at,reason,next_review,review_overdue";

    private RegisterCsv() {}

    public static String of(List<RegisterRowDto> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (RegisterRowDto r : rows) {
            out.append(String.join(
                            ",",
                            cell(r.memberId()),
                            cell(r.memberName()),
                            cell(r.category().name()),
                            cell(String.join(" ", new java.util.TreeSet<>(r.criteria()))),
                            cell(r.setBy()),
                            cell(String.valueOf(r.setAt())),
                            cell(r.reason()),
                            cell(String.valueOf(r.nextReview())),
                            cell(String.valueOf(r.reviewOverdue()))))
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
