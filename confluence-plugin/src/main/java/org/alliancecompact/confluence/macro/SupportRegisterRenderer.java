package org.alliancecompact.confluence.macro;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.FeeService;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.api.RegisterPageDto;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.register.CriterionDefinition;
import org.alliancecompact.model.register.SupportCategory;

/**
 * The {@code support-register} macro's HTML, in AUI: headline counts as category lozenges, one line telling
 * the viewer what they see and why, the rows in an AUI table (each cell labelled for narrow screens), and
 * for coordinators the change dialog (dialog2) and the history dialog. It is built only from
 * {@link RegisterService#page} and {@link RegisterService#uncategorised}, which hand over what the viewer
 * may see and nothing else: a hidden row is never in the page source.
 */
public final class SupportRegisterRenderer {

    private final RegisterService register;
    private final AllianceProfile profile;
    /** The coordinators' fee section (issue 18, finding 5); null renders none. */
    private final FeeSectionRenderer fees;

    public SupportRegisterRenderer(RegisterService register, AllianceProfile profile) {
        this(register, profile, null);
    }

    /** With the coordinators' fee section under the register (Bolton 25). */
    public SupportRegisterRenderer(RegisterService register, AllianceProfile profile, FeeService fees) {
        this(register, profile, fees, Map.of());
    }

    /**
     * @param staffNames display names of people who set categories and are listed for no organisation (the
     *     coordinators), by lower-case e-mail: the preview's demo staff; empty inside Confluence, where the
     *     e-mail recorded is shown for them
     */
    public SupportRegisterRenderer(
            RegisterService register, AllianceProfile profile, FeeService fees, Map<String, String> staffNames) {
        this.register = Objects.requireNonNull(register, "register");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.fees = fees == null ? null : new FeeSectionRenderer(fees);
        this.staffNames = Map.copyOf(staffNames);
    }

    private final Map<String, String> staffNames;

    /** Who set a row, by name where one is known (the staff's, else a member's person), else the e-mail. */
    private String setter(String email) {
        return email == null ? "" : staffNames.getOrDefault(email.toLowerCase(java.util.Locale.ROOT), email);
    }

    /** @param only a category to list, or null for all */
    public String render(Caller viewer, String restBase, boolean interactive, SupportCategory only) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"compact-macro compact-support-register\" data-macro=\"support-register\"")
                .append(Html.restBaseAttr(restBase))
                .append(Html.scriptAttrs(profile.timeZone()))
                .append(" data-criteria-labels=\"")
                .append(Html.attr(Html.json(criteriaLabels())))
                .append("\" data-people-names=\"")
                .append(Html.attr(Html.json(staffNames)))
                .append("\">\n<h2>")
                .append(Html.t("compact.register.title"))
                .append("</h2>\n");
        if (viewer == null) {
            return h.append("<div class=\"aui-message aui-message-info\"><p>")
                    .append(Html.t("compact.register.signIn"))
                    .append("</p></div>\n</section>\n")
                    .toString();
        }
        RegisterPageDto page = register.page(viewer);
        boolean canChange = interactive && viewer.coordinator();
        h.append(standing(viewer));
        h.append("<ul class=\"compact-headline\" aria-label=\"")
                .append(Html.attr(Texts.get("compact.register.counts")))
                .append("\">\n");
        for (SupportCategory c : SupportCategory.values()) {
            h.append("<li data-category=\"")
                    .append(c.name())
                    .append("\">")
                    .append(Html.categoryLozenge(c))
                    .append(" <span class=\"compact-count\">")
                    .append(page.headlineCounts().getOrDefault(c, 0L))
                    .append("</span></li>\n");
        }
        h.append("</ul>\n");

        String base = restBase == null ? "/rest/compact/1.0" : restBase;
        List<RegisterService.Unlisted> unlisted = only == null ? register.uncategorised(viewer) : List.of();
        h.append("<table class=\"aui compact-table compact-register\">\n<caption>")
                .append(Html.t(
                        viewer.coordinator() || viewer.integration()
                                ? "compact.register.caption.all"
                                : "compact.register.caption.visible"))
                .append("</caption>\n<thead><tr>");
        for (String column : columns(canChange)) {
            h.append("<th scope=\"col\">").append(Html.t(column)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        int shown = 0;
        for (RegisterRowDto row : page.rows()) {
            if (only != null && row.category() != only) {
                continue;
            }
            shown++;
            row(h, row, base, canChange);
        }
        for (RegisterService.Unlisted u : unlisted) {
            shown++;
            unlistedRow(h, u, canChange);
        }
        if (shown == 0) {
            h.append("<tr class=\"compact-empty\"><td colspan=\"")
                    .append(columns(canChange).size())
                    .append("\">")
                    .append(Html.t(only == null ? "compact.register.empty" : "compact.register.emptyCategory"))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<p><a class=\"aui-button compact-csv\" href=\"")
                .append(Html.attr(base + "/register.csv"))
                .append("\" download>")
                .append(Html.t("compact.register.csv"))
                .append("</a></p>\n");
        if (interactive) {
            h.append(historyDialog());
        }
        if (canChange) {
            h.append(changeDialog());
        }
        if (fees != null && only == null) {
            h.append(fees.render(viewer, interactive));
        }
        return h.append("</section>\n").toString();
    }

    /** The profile's criterion texts by code, for the script's history and updated rows (the MOU's own words). */
    private Map<String, String> criteriaLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        profile.register().criteria().forEach(c -> labels.put(c.code(), c.text()));
        return labels;
    }

    private static List<String> columns(boolean canChange) {
        List<String> columns = new java.util.ArrayList<>(List.of(
                "compact.register.col.member",
                "compact.register.col.category",
                "compact.register.col.criteria",
                "compact.register.col.set",
                "compact.register.col.review",
                "compact.register.col.history"));
        if (canChange) {
            columns.add("compact.register.col.change");
        }
        return columns;
    }

    /** One line: what this viewer sees, why (the alliance's data-sharing rule and their standing), what to do. */
    private String standing(Caller caller) {
        String alliance = profile.name();
        String text;
        if (caller.coordinator() || caller.integration()) {
            text = Texts.get("compact.register.standing.coordinator", alliance);
        } else {
            RegisterService.Sighted sighted = register.sighted(caller);
            Map<String, String> names = register.names();
            List<String> ownIds = sighted.ownMemberIds().isEmpty() ? sighted.formerMemberIds() : sighted.ownMemberIds();
            String own = String.join(
                    " and ",
                    ownIds.stream().map(id -> names.getOrDefault(id, id)).toList());
            String supporting = sighted.supportingMemberIds().isEmpty()
                    ? ""
                    : Texts.get(
                            "compact.register.standing.supporting",
                            String.join(
                                    ", ",
                                    new TreeSet<>(sighted.supportingMemberIds().stream()
                                            .map(id -> names.getOrDefault(id, id))
                                            .toList())));
            if (sighted.ownMemberIds().isEmpty()) {
                text = Texts.get("compact.register.standing.former", own, alliance);
            } else if (!profile.membership().dataSharingRequiredForVisibility()) {
                text = Texts.get("compact.register.standing.open", alliance);
            } else if (register.dataSharingSigned(caller)) {
                text = Texts.get("compact.register.standing.signed", own, alliance) + supporting;
            } else {
                text = Texts.get("compact.register.standing.unsigned", own, alliance) + supporting;
            }
        }
        return "<div class=\"aui-message aui-message-info compact-standing\"><p>" + Html.text(text) + "</p></div>\n";
    }

    private void row(StringBuilder h, RegisterRowDto row, String base, boolean canChange) {
        String name = row.memberName() == null ? row.memberId() : row.memberName();
        List<String> labels = labels(columns(canChange));
        h.append("<tr data-member-id=\"")
                .append(Html.attr(row.memberId()))
                .append("\" data-member-name=\"")
                .append(Html.attr(name))
                .append("\" data-category=\"")
                .append(row.category().name())
                .append("\" data-criteria=\"")
                .append(Html.attr(String.join(" ", new TreeSet<>(row.criteria()))))
                .append("\" data-next-review=\"")
                .append(Html.attr(row.nextReview()))
                .append("\">")
                .append("<th scope=\"row\" data-label=\"")
                .append(Html.attr(labels.get(0)))
                .append("\">")
                .append(Html.text(name))
                .append("</th>")
                .append(cell(labels.get(1), "compact-category", Html.categoryLozenge(row.category())))
                .append(cell(labels.get(2), "compact-criteria", criteria(row)))
                .append(cell(
                        labels.get(3),
                        "compact-set",
                        Html.instant(row.setAt(), profile.timeZone()) + " "
                                + Html.t("compact.register.setBy", setter(row.setBy()))
                                + "<div class=\"compact-reason\">" + Html.text(row.reason()) + "</div>"))
                .append(cell(labels.get(4), "compact-review", review(row)))
                .append(cell(
                        labels.get(5),
                        "compact-history-cell",
                        "<a class=\"compact-history-link\" href=\"#compact-history-" + Html.attr(row.memberId())
                                + "\" aria-haspopup=\"dialog\">" + Html.t("compact.register.history") + "</a>"));
        if (canChange) {
            h.append(cell(labels.get(6), "compact-change-cell", changeButton(row.memberId(), name)));
        }
        h.append("</tr>\n");
    }

    private void unlistedRow(StringBuilder h, RegisterService.Unlisted u, boolean canChange) {
        List<String> labels = labels(columns(canChange));
        h.append("<tr data-member-id=\"")
                .append(Html.attr(u.memberId()))
                .append("\" data-member-name=\"")
                .append(Html.attr(u.memberName()))
                .append("\" data-category=\"\" data-criteria=\"\" data-next-review=\"\" class=\"compact-unlisted\">")
                .append("<th scope=\"row\" data-label=\"")
                .append(Html.attr(labels.get(0)))
                .append("\">")
                .append(Html.text(u.memberName()))
                .append("</th>")
                .append(cell(
                        labels.get(1),
                        "compact-category",
                        Html.lozenge(null, Texts.get("compact.register.uncategorised"))))
                .append(cell(labels.get(2), "compact-criteria", "&#8212;"))
                .append(cell(labels.get(3), "compact-set", "&#8212;"))
                .append(cell(labels.get(4), "compact-review", "&#8212;"))
                .append(cell(labels.get(5), "compact-history-cell", "&#8212;"));
        if (canChange) {
            h.append(cell(labels.get(6), "compact-change-cell", changeButton(u.memberId(), u.memberName())));
        }
        h.append("</tr>\n");
    }

    private static String changeButton(String memberId, String name) {
        return "<button type=\"button\" class=\"aui-button compact-change\" data-member-id=\"" + Html.attr(memberId)
                + "\" data-member-name=\"" + Html.attr(name) + "\">" + Html.t("compact.register.change") + "</button>";
    }

    private static List<String> labels(List<String> keys) {
        return keys.stream().map(k -> Texts.get(k)).toList();
    }

    private static String cell(String label, String cssClass, String html) {
        return "<td class=\"" + cssClass + "\" data-label=\"" + Html.attr(label) + "\">" + html + "</td>";
    }

    private String review(RegisterRowDto row) {
        return Html.date(row.nextReview())
                + (row.reviewOverdue() ? " " + Html.lozenge("removed", Texts.get("compact.register.overdue")) : "");
    }

    private String criteria(RegisterRowDto row) {
        if (row.criteria().isEmpty()) {
            return Html.t("compact.register.noCriteria");
        }
        StringBuilder h = new StringBuilder("<ul class=\"compact-criteria-list\">");
        for (String code : new TreeSet<>(row.criteria())) {
            h.append("<li>")
                    .append(Html.text(profile.register()
                            .criterion(code)
                            .map(CriterionDefinition::text)
                            .orElse(code)))
                    .append("</li>");
        }
        return h.append("</ul>").toString();
    }

    private static String historyDialog() {
        return "<section class=\"aui-dialog2 aui-dialog2-large aui-layer compact-history-dialog\" role=\"dialog\""
                + " tabindex=\"-1\" aria-labelledby=\"compact-history-title\" hidden>\n"
                + "<header class=\"aui-dialog2-header\"><h2 class=\"aui-dialog2-header-main\" id=\"compact-history-title\">"
                + "</h2></header>\n<div class=\"aui-dialog2-content\"><ol class=\"compact-history-view\" reversed></ol></div>\n"
                + "<footer class=\"aui-dialog2-footer\"><div class=\"aui-dialog2-footer-actions\">"
                + "<button type=\"button\" class=\"aui-button compact-close\">" + Html.t("compact.dialog.close")
                + "</button></div></footer>\n</section>\n";
    }

    private String changeDialog() {
        List<CriterionDefinition> criteria = profile.register().criteria();
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"aui-dialog2 aui-dialog2-large aui-layer compact-change-dialog\" role=\"dialog\"")
                .append(" tabindex=\"-1\" aria-labelledby=\"compact-change-title\" hidden>\n")
                .append("<header class=\"aui-dialog2-header\"><h2 class=\"aui-dialog2-header-main\"")
                .append(" id=\"compact-change-title\">")
                .append(Html.t("compact.register.dialog.title"))
                .append(" <span class=\"compact-dialog-member\"></span></h2></header>\n")
                .append("<form class=\"aui top-label compact-change-form\">\n<div class=\"aui-dialog2-content\">\n")
                .append("<div class=\"aui-message aui-message-error compact-error\" role=\"alert\" hidden></div>\n")
                .append("<div class=\"field-group\"><label for=\"compact-change-category\">")
                .append(Html.t("compact.register.field.category"))
                .append("<span class=\"aui-icon icon-required\"></span></label>")
                .append("<select class=\"select\" id=\"compact-change-category\" name=\"category\" required>")
                .append("<option value=\"\">")
                .append(Html.t("compact.register.field.chooseCategory"))
                .append("</option>");
        for (SupportCategory c : SupportCategory.values()) {
            h.append("<option value=\"")
                    .append(c.name())
                    .append("\">")
                    .append(Html.text(Html.category(c)))
                    .append("</option>");
        }
        h.append("</select></div>\n");
        // Criteria are grouped under their category; the script shows the chosen category's group only.
        // A profile without criteria (Bolton, Exceed) gets no criteria box at all.
        for (SupportCategory c : SupportCategory.values()) {
            List<CriterionDefinition> own =
                    criteria.stream().filter(d -> d.category() == c).toList();
            if (own.isEmpty()) {
                continue;
            }
            h.append("<fieldset class=\"group compact-criteria-group\" data-category=\"")
                    .append(c.name())
                    .append("\"><legend><span>")
                    .append(Html.t("compact.register.field.criteria", Html.category(c)))
                    .append("</span></legend>\n");
            for (CriterionDefinition d : own) {
                String id = "compact-criterion-" + d.code();
                h.append("<div class=\"checkbox\"><input class=\"checkbox\" type=\"checkbox\" name=\"criteria\" id=\"")
                        .append(Html.attr(id))
                        .append("\" value=\"")
                        .append(Html.attr(d.code()))
                        .append("\"><label for=\"")
                        .append(Html.attr(id))
                        .append("\">")
                        .append(Html.text(d.text()))
                        .append("</label></div>\n");
            }
            h.append("</fieldset>\n");
        }
        h.append("<div class=\"field-group\"><label for=\"compact-change-reason\">")
                .append(Html.t("compact.register.field.reason"))
                .append("<span class=\"aui-icon icon-required\"></span></label>")
                .append("<textarea class=\"textarea\" id=\"compact-change-reason\" name=\"reason\" required")
                .append(" maxlength=\"2000\" rows=\"3\"></textarea></div>\n")
                .append("<div class=\"field-group\"><label for=\"compact-change-review\">")
                .append(Html.t("compact.register.field.review"))
                .append("</label><input class=\"text compact-next-review\" type=\"date\" id=\"compact-change-review\"")
                .append(" name=\"nextReview\"><div class=\"description\">")
                .append(Html.t(
                        "compact.register.field.reviewHelp",
                        profile.register().reviewInterval().toTotalMonths()))
                .append("</div></div>\n</div>\n")
                .append("<footer class=\"aui-dialog2-footer\"><div class=\"aui-dialog2-footer-actions\">")
                .append("<button type=\"submit\" class=\"aui-button aui-button-primary compact-confirm\">")
                .append(Html.t("compact.register.save"))
                .append("</button><button type=\"button\" class=\"aui-button aui-button-link compact-cancel\">")
                .append(Html.t("compact.dialog.cancel"))
                .append("</button></div></footer>\n</form>\n</section>\n");
        return h.toString();
    }
}
