package org.alliancecompact.confluence.macro;

import java.util.Objects;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.model.api.RegisterPageDto;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.register.CriterionDefinition;
import org.alliancecompact.model.register.SupportCategory;

/**
 * The {@code support-register} macro's HTML. It is built only from {@link RegisterService#page}, which
 * hands over the rows the viewer may see and nothing else: a hidden row is never in the page source.
 */
public final class SupportRegisterRenderer {

    private final RegisterService register;
    private final AllianceProfile profile;

    public SupportRegisterRenderer(RegisterService register, AllianceProfile profile) {
        this.register = Objects.requireNonNull(register, "register");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** @param only a category to list, or null for all */
    public String render(Caller viewer, String restBase, boolean interactive, SupportCategory only) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"compact-macro compact-support-register\" data-macro=\"support-register\"")
                .append(Html.restBaseAttr(restBase))
                .append(">\n<h2>Support-category register</h2>\n");
        if (viewer == null) {
            return h.append("<p>Sign in to see the register.</p>\n</section>\n").toString();
        }
        RegisterPageDto page = register.page(viewer);
        h.append(
                        "<table class=\"compact-table compact-headline\">\n<caption>All member organisations by category</caption>\n")
                .append("<thead><tr>");
        for (SupportCategory c : SupportCategory.values()) {
            h.append("<th scope=\"col\">").append(Html.text(label(c))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody><tr>");
        for (SupportCategory c : SupportCategory.values()) {
            h.append("<td data-category=\"")
                    .append(c.name())
                    .append("\">")
                    .append(page.headlineCounts().getOrDefault(c, 0L))
                    .append("</td>");
        }
        h.append("</tr></tbody>\n</table>\n");

        String base = restBase == null ? "/rest/compact/1.0" : restBase;
        h.append("<table class=\"compact-table compact-register\">\n<caption>Rows you may see</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Member organisation</th><th scope=\"col\">Category</th>")
                .append("<th scope=\"col\">Criteria evidence</th><th scope=\"col\">Set</th>")
                .append("<th scope=\"col\">Next review</th><th scope=\"col\">History</th>");
        if (interactive && viewer.coordinator()) {
            h.append("<th scope=\"col\">Change</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        int shown = 0;
        for (RegisterRowDto row : page.rows()) {
            if (only != null && row.category() != only) {
                continue;
            }
            shown++;
            h.append("<tr data-member-id=\"")
                    .append(Html.attr(row.memberId()))
                    .append("\">")
                    .append("<th scope=\"row\">")
                    .append(Html.text(row.memberName() == null ? row.memberId() : row.memberName()))
                    .append("</th><td class=\"compact-category\">")
                    .append(Html.text(label(row.category())))
                    .append("</td><td class=\"compact-criteria\">")
                    .append(criteria(row))
                    .append("</td><td class=\"compact-set\">")
                    .append(Html.instant(row.setAt(), profile.timeZone()))
                    .append(" by ")
                    .append(Html.text(row.setBy()))
                    .append("<br>")
                    .append(Html.text(row.reason()))
                    .append("</td><td class=\"compact-review")
                    .append(row.reviewOverdue() ? " compact-overdue" : "")
                    .append("\">")
                    .append(Html.date(row.nextReview()))
                    .append(row.reviewOverdue() ? " (overdue)" : "")
                    .append("</td><td><a class=\"compact-history-link\" href=\"")
                    .append(Html.attr(base + "/register/" + row.memberId() + "/history"))
                    .append("\">History</a></td>");
            if (interactive && viewer.coordinator()) {
                h.append("<td><button type=\"button\" class=\"compact-change\" data-member-id=\"")
                        .append(Html.attr(row.memberId()))
                        .append("\" data-member-name=\"")
                        .append(Html.attr(row.memberName()))
                        .append("\">Change category</button></td>");
            }
            h.append("</tr>\n");
        }
        if (shown == 0) {
            h.append("<tr><td colspan=\"6\">No rows you may see.</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<p><a class=\"compact-csv\" href=\"")
                .append(Html.attr(base + "/register.csv"))
                .append("\">Download CSV of what you may see</a></p>\n");
        h.append("<p class=\"compact-message\" role=\"status\"></p>\n");
        if (interactive && viewer.coordinator()) {
            h.append(changeDialog());
        }
        return h.append("</section>\n").toString();
    }

    private String criteria(RegisterRowDto row) {
        if (row.criteria().isEmpty()) {
            return "None recorded";
        }
        return "<ul>"
                + row.criteria().stream()
                        .sorted()
                        .map(code -> "<li>"
                                + Html.text(profile.register()
                                        .criterion(code)
                                        .map(CriterionDefinition::text)
                                        .orElse(code))
                                + "</li>")
                        .collect(Collectors.joining())
                + "</ul>";
    }

    private String changeDialog() {
        StringBuilder h = new StringBuilder();
        h.append("<dialog class=\"compact-dialog compact-change-dialog\" aria-labelledby=\"compact-change-title\">\n")
                .append("<form method=\"dialog\">\n<h3 id=\"compact-change-title\">Change the category of ")
                .append(
                        "<span class=\"compact-dialog-member\"></span></h3>\n<p><label>Category <select name=\"category\" required>");
        for (SupportCategory c : SupportCategory.values()) {
            h.append("<option value=\"")
                    .append(c.name())
                    .append("\">")
                    .append(Html.text(label(c)))
                    .append("</option>");
        }
        h.append("</select></label></p>\n<fieldset><legend>Criteria evidence</legend>\n");
        for (CriterionDefinition c : profile.register().criteria()) {
            h.append("<label class=\"compact-criterion\" data-category=\"")
                    .append(c.category().name())
                    .append("\">")
                    .append("<input type=\"checkbox\" name=\"criteria\" value=\"")
                    .append(Html.attr(c.code()))
                    .append("\"> ")
                    .append(Html.text(c.text()))
                    .append("</label><br>\n");
        }
        h.append(
                        "</fieldset>\n<p><label>Reason (required) <textarea name=\"reason\" required maxlength=\"2000\"></textarea></label></p>\n")
                .append("<p><label>Next review <input type=\"date\" name=\"nextReview\"></label></p>\n")
                .append("<p class=\"compact-error\" role=\"alert\"></p>\n")
                .append("<p><button type=\"submit\" value=\"confirm\" class=\"compact-confirm\">Save</button> ")
                .append(
                        "<button type=\"submit\" value=\"cancel\" formnovalidate class=\"compact-cancel\">Cancel</button></p>\n")
                .append("</form>\n</dialog>\n");
        return h.toString();
    }

    static String label(SupportCategory c) {
        return switch (c) {
            case INTENSIVE -> "Intensive";
            case TARGETED -> "Targeted";
            case UNIVERSAL -> "Universal";
        };
    }
}
