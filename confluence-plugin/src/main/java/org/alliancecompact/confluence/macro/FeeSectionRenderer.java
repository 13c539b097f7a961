package org.alliancecompact.confluence.macro;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.FeeService;
import org.alliancecompact.confluence.storage.FeeReversalRecord;
import org.alliancecompact.confluence.text.EnGb;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.api.FeePaymentDto;
import org.alliancecompact.model.api.FeeStatusDto;
import org.alliancecompact.model.api.FeesDto;
import org.alliancecompact.model.fee.FeeStatus;

/**
 * The register macro's fee section (issue 18, finding 5; Bolton 25: "We will pay £3000 per year to support
 * the operation of the SSIG"), for coordinators only: each organisation's fee for the current academic year
 * as paid or unpaid, what was paid (amount, date, reference), and, on an interactive page, a button and an
 * AUI dialog to record a payment (compact.js posts it to {@code POST /fees/{memberId}/payments}) and, on each
 * payment that counts, one to reverse it with a reason ({@code POST .../payments/{id}/reversal}; a reversed
 * payment stays in the history, struck through, with its reversal). Nothing at
 * all for anyone else, or when the profile charges no fee. Organisations that owe nothing for the year and
 * paid nothing (former members, joiners whose fee starts next year) are left out.
 */
final class FeeSectionRenderer {

    private final FeeService fees;

    FeeSectionRenderer(FeeService fees) {
        this.fees = Objects.requireNonNull(fees, "fees");
    }

    /** The section's HTML, or "" when {@code viewer} is not a coordinator or there is no fee. */
    String render(Caller viewer, boolean interactive) {
        if (viewer == null || !viewer.coordinator() || fees.annualFeePence() == 0) {
            return "";
        }
        FeesDto year = fees.fees(viewer, fees.year(null));
        List<FeeStatusDto> rows = year.organisations().stream()
                .filter(s -> !s.state().equals(FeeStatus.State.NOT_OWED.name())
                        || !s.payments().isEmpty())
                .toList();
        String label = year.academicYear();
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"compact-fees\" data-academic-year=\"")
                .append(Html.attr(label))
                .append("\" aria-labelledby=\"compact-fees-title\">\n<h3 id=\"compact-fees-title\">")
                .append(Html.t("compact.fees.title", label))
                .append("</h3>\n<p class=\"compact-fees-rule\">")
                .append(Html.t(
                        "compact.fees.rule",
                        pounds(year.annualFeePence()),
                        EnGb.date(fees.yearDueBy(fees.year(label)))))
                .append("</p>\n<table class=\"aui compact-table compact-fees-table\">\n<thead><tr>");
        List<String> columns = columns(interactive);
        for (String column : columns) {
            h.append("<th scope=\"col\">").append(Html.t(column)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        List<String> labels = columns.stream().map(Texts::get).toList();
        for (FeeStatusDto s : rows) {
            h.append("<tr data-member-id=\"")
                    .append(Html.attr(s.memberId()))
                    .append("\" data-member-name=\"")
                    .append(Html.attr(s.memberName()))
                    .append("\"><th scope=\"row\" data-label=\"")
                    .append(Html.attr(labels.get(0)))
                    .append("\">")
                    .append(Html.text(s.memberName()))
                    .append("</th>")
                    .append(cell(labels.get(1), "compact-fee-due", due(s)))
                    .append(cell(labels.get(2), "compact-fee-paid", paid(s, interactive)))
                    .append(cell(labels.get(3), "compact-fee-state", state(s)));
            if (interactive) {
                h.append(cell(
                        labels.get(4),
                        "compact-fee-record-cell",
                        "<button type=\"button\" class=\"aui-button compact-fee-record\" data-member-id=\""
                                + Html.attr(s.memberId()) + "\" data-member-name=\"" + Html.attr(s.memberName())
                                + "\">" + Html.t("compact.fees.record") + "</button>"));
            }
            h.append("</tr>\n");
        }
        if (rows.isEmpty()) {
            h.append("<tr class=\"compact-empty\"><td colspan=\"")
                    .append(columns.size())
                    .append("\">")
                    .append(Html.t("compact.fees.empty"))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (interactive) {
            h.append(dialog(fees.today())).append(reverseDialog());
        }
        return h.append("</section>\n").toString();
    }

    /** "£3,000.00" from pence: the form the bot and compact.js write too. */
    static String pounds(long pence) {
        return String.format(Locale.UK, "£%,d.%02d", pence / 100, pence % 100);
    }

    private static List<String> columns(boolean interactive) {
        List<String> columns = new java.util.ArrayList<>(List.of(
                "compact.fees.col.member", "compact.fees.col.due", "compact.fees.col.paid", "compact.fees.col.state"));
        if (interactive) {
            columns.add("compact.fees.col.record");
        }
        return columns;
    }

    private static String cell(String label, String cssClass, String html) {
        return "<td class=\"" + cssClass + "\" data-label=\"" + Html.attr(label) + "\">" + html + "</td>";
    }

    private static String due(FeeStatusDto s) {
        if (s.duePence() == 0) {
            return "&#8212;";
        }
        return Html.t("compact.fees.dueBy", pounds(s.duePence()), EnGb.date(s.dueBy()));
    }

    /**
     * What was paid: the total of the payments that count, then every payment, oldest first. A reversed one
     * stays, struck through, with its reversal (date and reason); on an interactive page each one that counts
     * has a Reverse button for compact.js.
     */
    private String paid(FeeStatusDto s, boolean interactive) {
        if (s.payments().isEmpty()) {
            return Html.t("compact.fees.nothingPaid");
        }
        StringBuilder h = new StringBuilder("<span class=\"compact-fee-total\">")
                .append(Html.text(pounds(s.paidPence())))
                .append("</span><ul class=\"compact-fee-payments\">");
        for (FeePaymentDto p : s.payments()) {
            String payment =
                    Texts.get("compact.fees.payment", pounds(p.amountPence()), EnGb.date(p.paidOn()), p.reference());
            h.append("<li data-payment-id=\"").append(p.id()).append('"');
            if (p.reversal() != null) {
                h.append(" class=\"compact-fee-reversed\"><del>")
                        .append(Html.text(payment))
                        .append("</del> <span class=\"compact-fee-reversal\">")
                        .append(Html.t(
                                "compact.fees.reversal",
                                EnGb.date(LocalDate.ofInstant(p.reversal().reversedAt(), fees.timeZone())),
                                p.reversal().reason()))
                        .append("</span>");
            } else {
                h.append('>').append(Html.text(payment));
                if (interactive) {
                    h.append(" <button type=\"button\" class=\"aui-button aui-button-link compact-fee-reverse\"")
                            .append(" data-payment-id=\"")
                            .append(p.id())
                            .append("\" data-payment=\"")
                            .append(Html.attr(payment))
                            .append("\" aria-label=\"")
                            .append(Html.attr(Texts.get("compact.fees.reverseLabel", payment)))
                            .append("\">")
                            .append(Html.t("compact.fees.reverse"))
                            .append("</button>");
                }
            }
            h.append("</li>");
        }
        return h.append("</ul>").toString();
    }

    private static String state(FeeStatusDto s) {
        FeeStatus.State state = FeeStatus.State.valueOf(s.state());
        return switch (state) {
            case PAID -> Html.lozenge("success", Texts.get("compact.fees.state.PAID"));
            case OVERDUE ->
                Html.lozenge("removed", Texts.get("compact.fees.state.OVERDUE", pounds(s.outstandingPence())));
            case NOT_YET_DUE ->
                Html.lozenge("current", Texts.get("compact.fees.state.NOT_YET_DUE", pounds(s.outstandingPence())));
            case NOT_OWED, NO_FEE -> Html.lozenge(null, Texts.get("compact.fees.state.NOT_OWED"));
        };
    }

    private static String dialog(java.time.LocalDate today) {
        return "<section class=\"aui-dialog2 aui-dialog2-medium aui-layer compact-fee-dialog\" role=\"dialog\""
                + " tabindex=\"-1\" aria-labelledby=\"compact-fee-title\" hidden>\n"
                + "<header class=\"aui-dialog2-header\"><h2 class=\"aui-dialog2-header-main\" id=\"compact-fee-title\">"
                + Html.t("compact.fees.dialog.title") + " <span class=\"compact-dialog-member\"></span></h2></header>\n"
                + "<form class=\"aui top-label compact-fee-form\">\n<div class=\"aui-dialog2-content\">\n"
                + "<div class=\"aui-message aui-message-error compact-error\" role=\"alert\" hidden></div>\n"
                + "<div class=\"field-group\"><label for=\"compact-fee-amount\">" + Html.t("compact.fees.field.amount")
                + "<span class=\"aui-icon icon-required\"></span></label>"
                + "<input class=\"text\" type=\"text\" inputmode=\"decimal\" id=\"compact-fee-amount\" name=\"amount\""
                + " required maxlength=\"16\"><div class=\"description\">" + Html.t("compact.fees.field.amountHelp")
                + "</div></div>\n"
                + "<div class=\"field-group\"><label for=\"compact-fee-paid-on\">" + Html.t("compact.fees.field.paidOn")
                + "<span class=\"aui-icon icon-required\"></span></label>"
                + "<input class=\"text\" type=\"date\" id=\"compact-fee-paid-on\" name=\"paidOn\" required max=\""
                + Html.attr(today) + "\"></div>\n"
                + "<div class=\"field-group\"><label for=\"compact-fee-reference\">"
                + Html.t("compact.fees.field.reference") + "<span class=\"aui-icon icon-required\"></span></label>"
                + "<input class=\"text\" type=\"text\" id=\"compact-fee-reference\" name=\"reference\" required"
                + " maxlength=\"100\"><div class=\"description\">" + Html.t("compact.fees.field.referenceHelp")
                + "</div></div>\n</div>\n"
                + "<footer class=\"aui-dialog2-footer\"><div class=\"aui-dialog2-footer-actions\">"
                + "<button type=\"submit\" class=\"aui-button aui-button-primary compact-confirm\">"
                + Html.t("compact.fees.save") + "</button>"
                + "<button type=\"button\" class=\"aui-button aui-button-link compact-cancel\">"
                + Html.t("compact.dialog.cancel") + "</button></div></footer>\n</form>\n</section>\n";
    }

    /** The dialog compact.js opens from a payment's Reverse button; it posts to the payment's reversal. */
    private static String reverseDialog() {
        return "<section class=\"aui-dialog2 aui-dialog2-medium aui-layer compact-fee-reverse-dialog\" role=\"dialog\""
                + " tabindex=\"-1\" aria-labelledby=\"compact-fee-reverse-title\" hidden>\n"
                + "<header class=\"aui-dialog2-header\"><h2 class=\"aui-dialog2-header-main\""
                + " id=\"compact-fee-reverse-title\">" + Html.t("compact.fees.reverse.dialog.title")
                + " <span class=\"compact-dialog-member\"></span></h2></header>\n"
                + "<form class=\"aui top-label compact-fee-reverse-form\">\n<div class=\"aui-dialog2-content\">\n"
                + "<div class=\"aui-message aui-message-error compact-error\" role=\"alert\" hidden></div>\n"
                + "<p><strong>" + Html.t("compact.fees.reverse.field.payment") + "</strong> "
                + "<span class=\"compact-fee-reverse-payment\"></span></p>\n"
                + "<div class=\"field-group\"><label for=\"compact-fee-reason\">"
                + Html.t("compact.fees.reverse.field.reason") + "<span class=\"aui-icon icon-required\"></span></label>"
                + "<textarea class=\"textarea\" id=\"compact-fee-reason\" name=\"reason\" rows=\"3\" required"
                + " maxlength=\"" + FeeReversalRecord.MAX_REASON_LENGTH + "\"></textarea><div class=\"description\">"
                + Html.t("compact.fees.reverse.field.reasonHelp") + "</div></div>\n</div>\n"
                + "<footer class=\"aui-dialog2-footer\"><div class=\"aui-dialog2-footer-actions\">"
                + "<button type=\"submit\" class=\"aui-button aui-button-primary compact-confirm\">"
                + Html.t("compact.fees.reverse.save") + "</button>"
                + "<button type=\"button\" class=\"aui-button aui-button-link compact-cancel\">"
                + Html.t("compact.dialog.cancel") + "</button></div></footer>\n</form>\n</section>\n";
    }
}
