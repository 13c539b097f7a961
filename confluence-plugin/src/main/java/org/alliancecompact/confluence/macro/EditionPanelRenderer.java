package org.alliancecompact.confluence.macro;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.storage.StoreSnapshot;
import org.alliancecompact.confluence.storage.StoredDraft;
import org.alliancecompact.confluence.text.EnGb;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.mou.EditionComparison;
import org.alliancecompact.model.mou.EditionDraft;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.MouTemplate;

/**
 * The annual review on the MOU page (issue 18; Leeds: "will be reviewed annually"), inside the
 * {@code mou-signature} macro: for coordinators, the draft of the next edition with its clause-by-clause
 * comparison, and the actions to start, edit and publish it (AUI dialogs; compact.js sends the REST
 * calls and reloads the page). For everyone, once an edition has replaced another, the current wording
 * with the changes since the previous edition marked, since the page body may still hold the text the
 * page was created with. Every stored text goes through {@link Html}.
 */
final class EditionPanelRenderer {

    private final MouService mou;

    EditionPanelRenderer(MouService mou) {
        this.mou = mou;
    }

    /** The coordinators' panel; empty for anyone else and in exports. */
    String coordinatorPanel(Caller viewer, boolean interactive, MouEdition current, ZoneId zone) {
        if (viewer == null || !viewer.coordinator() || !interactive) {
            return "";
        }
        Optional<StoredDraft> stored = mou.drafts().draftIfAny(viewer);
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"compact-editions\" data-edition-id=\"")
                .append(Html.attr(current.id()))
                .append("\" aria-labelledby=\"compact-editions-title\">\n<h3 id=\"compact-editions-title\">")
                .append(Html.t("compact.editions.title"))
                .append("</h3>\n<p>")
                .append(Html.t("compact.editions.due", current.number(), EnGb.date(current.reviewDate())))
                .append("</p>\n");
        h.append("<div class=\"aui-message aui-message-error compact-error\" role=\"alert\" hidden></div>\n");
        if (stored.isEmpty()) {
            return h.append(startButton("compact.editions.start"))
                    .append("</section>\n")
                    .toString();
        }
        StoredDraft d = stored.get();
        if (!d.draft().basedOnEditionId().equals(current.id())) {
            h.append("<p>")
                    .append(Html.t("compact.editions.restart", current.number()))
                    .append("</p>\n")
                    .append(startButton("compact.editions.start"))
                    .append("</section>\n");
            return h.toString();
        }
        EditionComparison c = EditionComparison.of(current, d.draft());
        h.append("<p class=\"compact-draft-by\">")
                .append(Html.t(
                        "compact.editions.draftBy",
                        current.number(),
                        d.updatedBy(),
                        EnGb.dateTime(d.updatedAt(), zone)))
                .append("</p>\n");
        h.append(comparison(c, current.number()));
        h.append("<p class=\"compact-editions-actions\">")
                .append("<button type=\"button\" class=\"aui-button compact-draft-edit\">")
                .append(Html.t("compact.editions.edit"))
                .append(
                        "</button> <button type=\"button\" class=\"aui-button aui-button-primary compact-draft-publish\"")
                .append(c.wordingChanged() ? "" : " disabled")
                .append('>')
                .append(Html.t("compact.editions.publish"))
                .append("</button></p>\n");
        h.append(editDialog(d.draft()));
        h.append(publishDialog(current));
        return h.append("</section>\n").toString();
    }

    /**
     * The current edition's wording with what changed since the previous edition, for everyone; empty for
     * the first edition (the page body is its text).
     */
    String currentText(StoreSnapshot snapshot, MouEdition current) {
        Optional<MouEdition> previous = snapshot.editions().stream()
                .filter(e -> e.number() == current.number() - 1)
                .findFirst();
        if (previous.isEmpty()) {
            return "";
        }
        MouEdition before = previous.get();
        EditionComparison c =
                EditionComparison.of(before, new EditionDraft(before.id(), current.title(), current.sections()));
        StringBuilder h = new StringBuilder("<details class=\"compact-edition-text\"><summary>")
                .append(Html.t("compact.editions.readTitle", current.number(), before.number()))
                .append("</summary>\n<dl class=\"compact-clauses\">\n");
        for (EditionComparison.ClauseChange change : c.changes()) {
            if (change.kind() == EditionComparison.Kind.REMOVED) {
                h.append("<dt>")
                        .append(kindLozenge(change.kind()))
                        .append(' ')
                        .append(Html.t("compact.editions.clause", change.number()))
                        .append("</dt><dd><del>")
                        .append(Html.text(change.before()))
                        .append("</del></dd>\n");
                continue;
            }
            h.append("<dt>");
            if (change.kind() != EditionComparison.Kind.UNCHANGED) {
                h.append(kindLozenge(change.kind())).append(' ');
            }
            h.append(Html.t("compact.editions.clause", change.number()))
                    .append("</dt><dd>")
                    .append(Html.text(change.after()))
                    .append("</dd>\n");
        }
        return h.append("</dl>\n</details>\n").toString();
    }

    /**
     * The ask "in Confluence": when the current edition replaced another and the viewer may sign it for
     * some organisation (their signature on the earlier edition no longer counts), an AUI message says so.
     */
    String signAgainNotice(StoreSnapshot snapshot, MouEdition current, List<MouService.Entitlement> entitled) {
        if (current.number() < 2 || entitled.isEmpty()) {
            return "";
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        snapshot.members().forEach(m -> names.put(m.id(), m.name()));
        List<String> places = entitled.stream()
                .map(e -> Texts.get(
                        "compact.editions.signAgainPlace",
                        names.getOrDefault(e.memberId(), e.memberId()),
                        Html.role(e.role()).toLowerCase(java.util.Locale.UK)))
                .toList();
        return "<div class=\"aui-message aui-message-info compact-sign-again\"><p>"
                + Html.t(
                        "compact.editions.signAgain",
                        current.number(),
                        current.number() - 1,
                        org.alliancecompact.model.text.Words.list(places))
                + "</p></div>\n";
    }

    private static String startButton(String key) {
        return "<p><button type=\"button\" class=\"aui-button aui-button-primary compact-draft-start\">" + Html.t(key)
                + "</button></p>\n";
    }

    private static String comparison(EditionComparison c, int number) {
        var counts = c.counts();
        StringBuilder h = new StringBuilder("<p class=\"compact-comparison-counts\">")
                .append(Html.t(
                        "compact.editions.counts",
                        number,
                        counts.get(EditionComparison.Kind.ADDED),
                        counts.get(EditionComparison.Kind.REMOVED),
                        counts.get(EditionComparison.Kind.CHANGED),
                        counts.get(EditionComparison.Kind.UNCHANGED)))
                .append("</p>\n");
        if (!c.wordingChanged()) {
            h.append("<p class=\"compact-no-change\">")
                    .append(Html.t("compact.editions.noChange", number))
                    .append("</p>\n");
        }
        if (c.titleChanged()) {
            h.append("<p>")
                    .append(Html.t("compact.editions.titleChange", c.titleBefore(), c.titleAfter()))
                    .append("</p>\n");
        }
        h.append("<ul class=\"compact-comparison\">\n");
        for (EditionComparison.ClauseChange change : c.changes()) {
            if (change.kind() == EditionComparison.Kind.UNCHANGED) {
                continue;
            }
            h.append("<li data-kind=\"")
                    .append(change.kind().name())
                    .append("\" data-clause=\"")
                    .append(Html.attr(change.number()))
                    .append("\">")
                    .append(kindLozenge(change.kind()))
                    .append(" <strong>")
                    .append(Html.t("compact.editions.clause", change.number()))
                    .append("</strong>");
            if (change.before() != null) {
                h.append("<div class=\"compact-before\"><del>")
                        .append(Html.text(change.before()))
                        .append("</del></div>");
            }
            if (change.after() != null) {
                h.append("<div class=\"compact-after\"><ins>")
                        .append(Html.text(change.after()))
                        .append("</ins></div>");
            }
            if (change.headingBefore() != null
                    && change.headingAfter() != null
                    && !change.headingBefore().equals(change.headingAfter())) {
                h.append("<div>")
                        .append(Html.t("compact.editions.moved", change.headingBefore(), change.headingAfter()))
                        .append("</div>");
            }
            h.append("</li>\n");
        }
        return h.append("</ul>\n").toString();
    }

    private static String kindLozenge(EditionComparison.Kind kind) {
        String style = switch (kind) {
            case ADDED -> "new";
            case REMOVED -> "removed";
            case CHANGED -> "moved";
            case UNCHANGED -> null;
        };
        return Html.lozenge(style, Texts.get("compact.editions.kind." + kind.name()));
    }

    private static String editDialog(EditionDraft draft) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"aui-dialog2 aui-dialog2-xlarge aui-layer compact-draft-dialog\" role=\"dialog\"")
                .append(" tabindex=\"-1\" aria-labelledby=\"compact-draft-title\" hidden data-based-on=\"")
                .append(Html.attr(draft.basedOnEditionId()))
                .append("\">\n<header class=\"aui-dialog2-header\"><h2 class=\"aui-dialog2-header-main\"")
                .append(" id=\"compact-draft-title\">")
                .append(Html.t("compact.editions.editTitle"))
                .append("</h2></header>\n<form class=\"aui top-label compact-draft-form\">\n")
                .append("<div class=\"aui-dialog2-content\">\n")
                .append("<div class=\"aui-message aui-message-error compact-error\" role=\"alert\" hidden></div>\n")
                .append("<div class=\"field-group\"><label for=\"compact-draft-title-field\">")
                .append(Html.t("compact.editions.fieldTitle"))
                .append("</label><input type=\"text\" class=\"text long-field\" id=\"compact-draft-title-field\"")
                .append(" name=\"title\" maxlength=\"")
                .append(EditionDraft.MAX_TITLE)
                .append("\" required value=\"")
                .append(Html.attr(draft.title()))
                .append("\"></div>\n");
        int clause = 0;
        List<MouTemplate.Section> sections = draft.sections();
        for (int s = 0; s < sections.size(); s++) {
            MouTemplate.Section section = sections.get(s);
            h.append("<fieldset class=\"compact-draft-section\"><div class=\"field-group\"><label for=\"compact-h-")
                    .append(s)
                    .append("\">")
                    .append(Html.t("compact.editions.fieldHeading"))
                    .append("</label><input type=\"text\" class=\"text long-field compact-heading\" id=\"compact-h-")
                    .append(s)
                    .append("\" maxlength=\"")
                    .append(EditionDraft.MAX_TITLE)
                    .append("\" required value=\"")
                    .append(Html.attr(section.heading()))
                    .append("\"></div>\n");
            for (MouTemplate.Clause c : section.clauses()) {
                h.append(clauseFields(clause++, c.number(), c.text()));
            }
            h.append("<p><button type=\"button\" class=\"aui-button aui-button-link compact-add-clause\">")
                    .append(Html.t("compact.editions.addClause"))
                    .append("</button></p></fieldset>\n");
        }
        h.append("<template class=\"compact-clause-template\">")
                .append(clauseFields(-1, "", ""))
                .append("</template>\n");
        h.append("</div>\n<footer class=\"aui-dialog2-footer\"><div class=\"aui-dialog2-footer-actions\">")
                .append("<button type=\"submit\" class=\"aui-button aui-button-primary\">")
                .append(Html.t("compact.editions.save"))
                .append("</button><button type=\"button\" class=\"aui-button aui-button-link compact-cancel\">")
                .append(Html.t("compact.dialog.cancel"))
                .append("</button></div></footer>\n</form>\n</section>\n");
        return h.toString();
    }

    private static String clauseFields(int i, String number, String text) {
        String id = i < 0 ? "" : Integer.toString(i);
        return "<div class=\"compact-draft-clause\"><div class=\"field-group\"><label for=\"compact-n-" + id + "\">"
                + Html.t("compact.editions.fieldNumber") + "</label><input type=\"text\" class=\"text short-field"
                + " compact-number\" id=\"compact-n-" + id + "\" maxlength=\"" + EditionDraft.MAX_NUMBER + "\" value=\""
                + Html.attr(number) + "\"></div><div class=\"field-group\"><label for=\"compact-c-" + id + "\">"
                + Html.t("compact.editions.fieldText") + "</label><textarea class=\"textarea long-field compact-text\""
                + " rows=\"3\" id=\"compact-c-" + id + "\" maxlength=\"" + EditionDraft.MAX_CLAUSE_TEXT + "\">"
                + Html.text(text) + "</textarea></div><div class=\"checkbox\"><label><input type=\"checkbox\""
                + " class=\"checkbox compact-remove\"> " + Html.t("compact.editions.remove") + "</label></div></div>\n";
    }

    private static String publishDialog(MouEdition current) {
        return "<section class=\"aui-dialog2 aui-dialog2-medium aui-layer compact-publish-dialog\" role=\"dialog\""
                + " tabindex=\"-1\" aria-labelledby=\"compact-publish-title\" hidden>\n"
                + "<header class=\"aui-dialog2-header\"><h2 class=\"aui-dialog2-header-main\" id=\"compact-publish-title\">"
                + Html.t("compact.editions.publishTitle", current.number() + 1)
                + "</h2></header>\n<form class=\"aui top-label compact-publish-form\">\n<div class=\"aui-dialog2-content\">\n"
                + "<div class=\"aui-message aui-message-error compact-error\" role=\"alert\" hidden></div>\n<p>"
                + Html.t("compact.editions.publishIntro", current.number() + 1, current.number())
                + "</p>\n<div class=\"field-group\"><label for=\"compact-effective\">"
                + Html.t("compact.editions.effective")
                + "<span class=\"aui-icon icon-required\"></span></label><input type=\"text\" class=\"text"
                + " compact-effective\" id=\"compact-effective\" name=\"effectiveDate\" required"
                + " autocomplete=\"off\"><div class=\"description\">"
                + Html.t("compact.editions.effectiveHelp", EnGb.date(current.effectiveDate()))
                + "</div></div>\n</div>\n<footer class=\"aui-dialog2-footer\"><div class=\"aui-dialog2-footer-actions\">"
                + "<button type=\"submit\" class=\"aui-button aui-button-primary\">"
                + Html.t("compact.editions.confirmPublish")
                + "</button><button type=\"button\" class=\"aui-button aui-button-link compact-cancel\">"
                + Html.t("compact.dialog.cancel")
                + "</button></div></footer>\n</form>\n</section>\n";
    }
}
