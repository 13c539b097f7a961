package org.alliancecompact.confluence.macro;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.storage.StoreSnapshot;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;

/**
 * The {@code mou-signature} macro's HTML: for the current edition, each member organisation and each
 * required role with who signed and when, and a Sign button where the viewer may sign. Plain table
 * markup, so it reads the same in view mode, PDF and Word export and on mobile.
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
                .append(">\n");
        h.append("<h2>")
                .append(Html.text(edition.title()))
                .append(": signatures, edition ")
                .append(edition.number())
                .append("</h2>\n");
        h.append("<p class=\"compact-edition\">Effective ")
                .append(Html.date(edition.effectiveDate()))
                .append("; due for review by ")
                .append(Html.date(edition.reviewDate()))
                .append(".</p>\n");
        h.append("<table class=\"compact-table\">\n<thead><tr><th scope=\"col\">Member organisation</th>");
        for (PersonRole role : roles) {
            h.append("<th scope=\"col\">").append(Html.text(Html.role(role))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (MouService.MemberStatus status : mou.status(snapshot, edition)) {
            Member m = status.member();
            h.append("<tr data-member-id=\"")
                    .append(Html.attr(m.id()))
                    .append("\"><th scope=\"row\">")
                    .append(Html.text(m.name()))
                    .append("</th>");
            for (PersonRole role : roles) {
                h.append("<td data-member-id=\"")
                        .append(Html.attr(m.id()))
                        .append("\" data-role=\"")
                        .append(role.name())
                        .append("\">");
                Optional<Signature> signed = status.status().signedRoles().contains(role)
                        ? Optional.ofNullable(latest.get(slot(m.id(), role)))
                        : Optional.empty();
                if (signed.isPresent()) {
                    Signature s = signed.get();
                    h.append("<span class=\"compact-signed\">Signed by <span class=\"compact-signer\">")
                            .append(Html.text(s.personName()))
                            .append("</span> on ")
                            .append(Html.instant(s.signedAt(), zone))
                            .append("</span>");
                } else {
                    h.append("<span class=\"compact-unsigned\">Not signed</span>");
                    if (entitled.contains(new MouService.Entitlement(m.id(), role))) {
                        h.append(" <button type=\"button\" class=\"compact-sign\" data-member-id=\"")
                                .append(Html.attr(m.id()))
                                .append("\" data-member-name=\"")
                                .append(Html.attr(m.name()))
                                .append("\" data-role=\"")
                                .append(role.name())
                                .append("\" data-role-label=\"")
                                .append(Html.attr(Html.role(role)))
                                .append("\">Sign as ")
                                .append(Html.text(Html.role(role).toLowerCase(java.util.Locale.UK)))
                                .append("</button>");
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<p class=\"compact-message\" role=\"status\"></p>\n");
        if (interactive && !entitled.isEmpty()) {
            h.append(signDialog(edition, minuteRequired));
        }
        if (showHistory) {
            h.append(history(snapshot, edition, zone));
        }
        h.append("</section>\n");
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
        h.append("<dialog class=\"compact-dialog compact-sign-dialog\" aria-labelledby=\"compact-sign-title\">\n")
                .append("<form method=\"dialog\">\n<h3 id=\"compact-sign-title\">Sign edition ")
                .append(edition.number())
                .append(" of the MOU</h3>\n")
                .append("<p>You are signing <strong>")
                .append(Html.text(edition.title()))
                .append("</strong> for ")
                .append(
                        "<strong class=\"compact-dialog-member\"></strong> as <strong class=\"compact-dialog-role\"></strong>.")
                .append(" A signature cannot be changed afterwards.</p>\n");
        if (minuteRequired) {
            h.append("<p><label>Governors' or board minute reference <input type=\"text\" name=\"minuteReference\"")
                    .append(" class=\"compact-minute\" maxlength=\"200\" required></label></p>\n");
        }
        h.append("<p class=\"compact-error\" role=\"alert\"></p>\n")
                .append("<p><button type=\"submit\" value=\"confirm\" class=\"compact-confirm\">Sign</button> ")
                .append(
                        "<button type=\"submit\" value=\"cancel\" formnovalidate class=\"compact-cancel\">Cancel</button></p>\n")
                .append("</form>\n</dialog>\n");
        return h.toString();
    }

    private static String history(StoreSnapshot snapshot, MouEdition current, java.time.ZoneId zone) {
        StringBuilder h = new StringBuilder();
        for (MouEdition e : snapshot.editions()) {
            if (e.number() >= current.number()) {
                continue;
            }
            List<Signature> old = snapshot.signatures(e.id());
            h.append("<details class=\"compact-history\"><summary>Edition ")
                    .append(e.number())
                    .append(" (effective ")
                    .append(Html.date(e.effectiveDate()))
                    .append("): ")
                    .append(old.size())
                    .append(" signatures</summary>\n<ul>\n");
            for (Signature s : old) {
                h.append("<li>")
                        .append(Html.text(s.personName()))
                        .append(" (")
                        .append(Html.text(Html.role(s.role())))
                        .append(", ")
                        .append(Html.text(s.memberId()))
                        .append(") on ")
                        .append(Html.instant(s.signedAt(), zone))
                        .append("</li>\n");
            }
            h.append("</ul>\n</details>\n");
        }
        return h.toString();
    }
}
