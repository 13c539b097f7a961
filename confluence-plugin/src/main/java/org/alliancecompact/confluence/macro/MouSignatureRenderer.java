package org.alliancecompact.confluence.macro;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.storage.StoreSnapshot;
import org.alliancecompact.confluence.text.EnGb;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;

/**
 * The {@code mou-signature} macro's HTML: for the current edition, each member organisation and each
 * required role with who signed and when, and a Sign button where the viewer may sign. An AUI table with
 * status lozenges, AUI buttons and a dialog2 to sign; the cells are labelled for narrow screens, and the
 * markup stays plain enough for PDF and Word export.
 */
public final class MouSignatureRenderer {

    private final MouService mou;

    public MouSignatureRenderer(MouService mou) {
        this.mou = Objects.requireNonNull(mou, "mou");
    }

    /**
     * @param viewer the signed-in person, or null (no buttons)
     * @param interactive false for exports: no buttons, no dialog
     * @param showHistory also list the signatures of earlier editions
     */
    public String render(Caller viewer, String restBase, boolean interactive, boolean showHistory) {
        // one snapshot for the whole page: every part of it shows the same moment
        StoreSnapshot snapshot = mou.snapshot();
        MouEdition edition = mou.currentEdition(snapshot);
        List<PersonRole> roles = mou.profile().membership().requiredSignatories();
        boolean minuteRequired = mou.profile().membership().minuteReferenceRequired();
        Map<String, Signature> latest = latestByMemberAndRole(snapshot.signatures(edition.id()));
        List<MouService.Entitlement> entitled =
                viewer == null || !interactive ? List.of() : mou.entitlements(viewer, snapshot, edition);
        var zone = mou.profile().timeZone();

        StringBuilder h = new StringBuilder();
        h.append("<section class=\"compact-macro compact-mou-signature\" data-macro=\"mou-signature\"")
                .append(" data-edition-id=\"")
                .append(Html.attr(edition.id()))
                .append('"')
                .append(" data-edition-number=\"")
                .append(edition.number())
                .append('"')
                .append(" data-fingerprint=\"")
                .append(Html.attr(edition.fingerprint()))
                .append('"')
                .append(" data-minute-required=\"")
                .append(minuteRequired)
                .append('"')
                .append(Html.restBaseAttr(restBase))
                .append(Html.scriptAttrs(zone))
                .append(">\n");
        h.append("<h2>")
                .append(Html.t("compact.signature.title", edition.title(), edition.number()))
                .append("</h2>\n");
        h.append("<p class=\"compact-edition\">")
                .append(Html.t(
                        "compact.signature.edition",
                        edition.number(),
                        EnGb.date(edition.effectiveDate()),
                        EnGb.date(edition.reviewDate())))
                .append("</p>\n");
        h.append(new EditionPanelRenderer(mou).signAgainNotice(snapshot, edition, entitled));
        h.append("<table class=\"aui compact-table compact-signatures\">\n<thead><tr><th scope=\"col\">")
                .append(Html.t("compact.signature.col.member"))
                .append("</th>");
        for (PersonRole role : roles) {
            h.append("<th scope=\"col\">").append(Html.text(Html.role(role))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        var seesPersonalData = mou.seesPersonalData(viewer, snapshot);
        for (MouService.MemberStatus status : mou.status(snapshot, edition)) {
            Member m = status.member();
            boolean seesMinutes = seesPersonalData.test(m.id());
            h.append("<tr data-member-id=\"")
                    .append(Html.attr(m.id()))
                    .append("\"><th scope=\"row\" data-label=\"")
                    .append(Html.attr(Texts.get("compact.signature.col.member")))
                    .append("\">")
                    .append(Html.text(m.name()))
                    .append("</th>");
            for (PersonRole role : roles) {
                h.append("<td data-member-id=\"")
                        .append(Html.attr(m.id()))
                        .append("\" data-role=\"")
                        .append(role.name())
                        .append("\" data-label=\"")
                        .append(Html.attr(Html.role(role)))
                        .append("\">");
                Optional<Signature> signed = status.status().signedRoles().contains(role)
                        ? Optional.ofNullable(latest.get(slot(m.id(), role)))
                        : Optional.empty();
                if (signed.isPresent()) {
                    h.append(signedCell(signed.get(), zone, seesMinutes));
                } else {
                    h.append(Html.lozenge(null, Texts.get("compact.signature.notSigned")));
                    if (entitled.contains(new MouService.Entitlement(m.id(), role))) {
                        h.append(" <button type=\"button\" class=\"aui-button aui-button-primary compact-sign\"")
                                .append(" data-member-id=\"")
                                .append(Html.attr(m.id()))
                                .append("\" data-member-name=\"")
                                .append(Html.attr(m.name()))
                                .append("\" data-role=\"")
                                .append(role.name())
                                .append("\" data-role-label=\"")
                                .append(Html.attr(Html.role(role)))
                                .append("\">")
                                .append(Html.t(
                                        "compact.signature.signAs",
                                        Html.role(role).toLowerCase(java.util.Locale.UK)))
                                .append("</button>");
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (interactive && !entitled.isEmpty()) {
            h.append(signDialog(edition, minuteRequired));
        }
        EditionPanelRenderer editions = new EditionPanelRenderer(mou);
        h.append(editions.currentText(snapshot, edition));
        if (showHistory) {
            h.append(history(snapshot, edition, zone));
        }
        h.append(editions.coordinatorPanel(viewer, interactive, edition, zone));
        h.append("</section>\n");
        return h.toString();
    }

    /**
     * A signed slot: lozenge, who and when, and the governors' or board minute reference for the people
     * who may read it (coordinators and the organisation's own people); compact.js writes the same.
     */
    static String signedCell(Signature s, java.time.ZoneId zone, boolean seesMinute) {
        StringBuilder h = new StringBuilder(Html.lozenge("success", Texts.get("compact.signature.signed")))
                .append(" <span class=\"compact-signed\">")
                .append(Html.t("compact.signature.by"))
                .append(" <span class=\"compact-signer\">")
                .append(Html.text(s.personName()))
                .append("</span> ")
                .append(Html.t("compact.signature.on"))
                .append(" ")
                .append(Html.instant(s.signedAt(), zone))
                .append("</span>");
        if (seesMinute && s.minuteReference() != null && !s.minuteReference().isBlank()) {
            h.append("<div class=\"compact-minute-ref\">")
                    .append(Html.t("compact.signature.minute", s.minuteReference()))
                    .append("</div>");
        }
        return h.toString();
    }

    /** The latest signature of each member and role (signatures come oldest first, so the last one wins). */
    private static Map<String, Signature> latestByMemberAndRole(List<Signature> signatures) {
        Map<String, Signature> latest = new HashMap<>();
        for (Signature s : signatures) {
            latest.put(slot(s.memberId(), s.role()), s);
        }
        return latest;
    }

    private static String slot(String memberId, PersonRole role) {
        return memberId + '\n' + role.name();
    }

    private static String signDialog(MouEdition edition, boolean minuteRequired) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"aui-dialog2 aui-dialog2-medium aui-layer compact-sign-dialog\" role=\"dialog\"")
                .append(" tabindex=\"-1\" aria-labelledby=\"compact-sign-title\" hidden>\n")
                .append("<header class=\"aui-dialog2-header\"><h2 class=\"aui-dialog2-header-main\"")
                .append(" id=\"compact-sign-title\">")
                .append(Html.t("compact.sign.title", edition.title(), edition.number()))
                .append(
                        "</h2></header>\n<form class=\"aui top-label compact-sign-form\">\n<div class=\"aui-dialog2-content\">\n")
                .append("<div class=\"aui-message aui-message-error compact-error\" role=\"alert\" hidden></div>\n")
                .append("<p>")
                .append(Html.t("compact.sign.intro.before", edition.title()))
                .append(" <strong class=\"compact-dialog-member\"></strong> ")
                .append(Html.t("compact.sign.intro.as"))
                .append(" <strong class=\"compact-dialog-role\"></strong>. ")
                .append(Html.t("compact.sign.intro.after"))
                .append("</p>\n");
        if (minuteRequired) {
            h.append("<div class=\"field-group\"><label for=\"compact-minute\">")
                    .append(Html.t("compact.sign.minute"))
                    .append("<span class=\"aui-icon icon-required\"></span></label>")
                    .append("<input type=\"text\" class=\"text compact-minute\" id=\"compact-minute\"")
                    .append(" name=\"minuteReference\" maxlength=\"200\" required>")
                    .append("<div class=\"description\">")
                    .append(Html.t("compact.sign.minuteHelp"))
                    .append("</div></div>\n");
        }
        h.append("</div>\n<footer class=\"aui-dialog2-footer\"><div class=\"aui-dialog2-footer-actions\">")
                .append("<button type=\"submit\" class=\"aui-button aui-button-primary compact-confirm\">")
                .append(Html.t("compact.sign.confirm"))
                .append("</button><button type=\"button\" class=\"aui-button aui-button-link compact-cancel\">")
                .append(Html.t("compact.dialog.cancel"))
                .append("</button></div></footer>\n</form>\n</section>\n");
        return h.toString();
    }

    private static String history(StoreSnapshot snapshot, MouEdition current, java.time.ZoneId zone) {
        StringBuilder h = new StringBuilder();
        Map<String, String> names = new HashMap<>();
        snapshot.members().forEach(m -> names.put(m.id(), m.name()));
        for (MouEdition e : snapshot.editions()) {
            if (e.number() >= current.number()) {
                continue;
            }
            List<Signature> old = snapshot.signatures(e.id());
            h.append("<details class=\"compact-history\"><summary>")
                    .append(Html.t("compact.signature.earlier", e.number(), EnGb.date(e.effectiveDate()), old.size()))
                    .append("</summary>\n<ul>\n");
            for (Signature s : old) {
                h.append("<li>")
                        .append(Html.t(
                                "compact.signature.earlierEntry",
                                s.personName(),
                                Html.role(s.role()),
                                names.getOrDefault(s.memberId(), s.memberId()),
                                EnGb.dateTime(s.signedAt(), zone)))
                        .append("</li>\n");
            }
            h.append("</ul>\n</details>\n");
        }
        return h.toString();
    }
}
