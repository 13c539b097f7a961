package org.alliancecompact.confluence.macro;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.storage.StoreSnapshot;
import org.alliancecompact.confluence.text.EnGb;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.member.AssociateStanding;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Membership;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.SigningStatus;

/**
 * The {@code mou-status} macro's HTML: how many members are in each signing status, who they are (with
 * the roles still missing), and the associates with the date their associate membership runs out.
 */
public final class MouStatusRenderer {

    private final MouService mou;

    public MouStatusRenderer(MouService mou) {
        this.mou = Objects.requireNonNull(mou, "mou");
    }

    /** @param only the statuses to list; all when empty */
    public String render(Set<SigningStatus> only) {
        StoreSnapshot snapshot = mou.snapshot();
        MouEdition edition = mou.currentEdition(snapshot);
        List<MouService.MemberStatus> all = mou.status(snapshot, edition);
        Map<SigningStatus, List<MouService.MemberStatus>> byStatus = all.stream()
                .collect(Collectors.groupingBy(
                        s -> s.status().status(), () -> new EnumMap<>(SigningStatus.class), Collectors.toList()));
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"compact-macro compact-mou-status\" data-macro=\"mou-status\">\n");
        h.append("<h2>")
                .append(Html.t("compact.status.title", edition.title(), edition.number()))
                .append("</h2>\n");
        h.append("<table class=\"aui compact-table compact-counts\">\n<thead><tr><th scope=\"col\">")
                .append(Html.t("compact.status.col.status"))
                .append("</th><th scope=\"col\">")
                .append(Html.t("compact.status.col.members"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (SigningStatus status : SigningStatus.values()) {
            if (!only.isEmpty() && !only.contains(status)) {
                continue;
            }
            h.append("<tr data-status=\"")
                    .append(status.name())
                    .append("\"><th scope=\"row\" data-label=\"")
                    .append(Html.attr(Texts.get("compact.status.col.status")))
                    .append("\">")
                    .append(Html.statusLozenge(status))
                    .append("</th><td class=\"compact-count\" data-label=\"")
                    .append(Html.attr(Texts.get("compact.status.col.members")))
                    .append("\">")
                    .append(byStatus.getOrDefault(status, List.of()).size())
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (SigningStatus status : SigningStatus.values()) {
            List<MouService.MemberStatus> members = byStatus.getOrDefault(status, List.of());
            if ((!only.isEmpty() && !only.contains(status)) || members.isEmpty()) {
                continue;
            }
            h.append("<h3>")
                    .append(Html.t("compact.status." + status.name()))
                    .append("</h3>\n<ul class=\"compact-status-")
                    .append(status.name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">\n");
            for (MouService.MemberStatus s : members) {
                h.append("<li data-member-id=\"")
                        .append(Html.attr(s.member().id()))
                        .append("\">")
                        .append(Html.text(s.member().name()));
                if (!s.status().missingRoles().isEmpty() && status == SigningStatus.PARTLY_SIGNED) {
                    h.append(Html.t(
                            "compact.status.stillToSign",
                            s.status().missingRoles().stream()
                                    .map(Html::role)
                                    .sorted()
                                    .collect(Collectors.joining(", "))));
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append(associates(all));
        h.append("</section>\n");
        return h.toString();
    }

    private String associates(List<MouService.MemberStatus> all) {
        Membership membership = new Membership(mou.profile().membership().associateMaxMonths());
        List<Member> associates = all.stream()
                .map(MouService.MemberStatus::member)
                .filter(m -> m.state() == MembershipState.ASSOCIATE)
                .toList();
        StringBuilder h = new StringBuilder("<h3>" + Html.t("compact.status.associates") + "</h3>\n");
        if (associates.isEmpty()) {
            return h.append("<p>")
                    .append(Html.t("compact.status.none"))
                    .append("</p>\n")
                    .toString();
        }
        h.append("<ul class=\"compact-associates\">\n");
        for (Member m : associates) {
            AssociateStanding standing = membership.standing(m, mou.today());
            h.append("<li data-member-id=\"")
                    .append(Html.attr(m.id()))
                    .append("\">")
                    .append(Html.text(m.name()))
                    .append(Html.t(
                            standing == AssociateStanding.EXPIRED
                                    ? "compact.status.associateEnded"
                                    : "compact.status.associateUntil",
                            EnGb.date(membership.associateLastDay(m))));
            if (standing == AssociateStanding.EXPIRING) {
                h.append(" ")
                        .append(Html.lozenge("moved", Texts.get("compact.status.expiring")))
                        .append(" ")
                        .append(Html.t("compact.status.expiringHelp"));
            }
            h.append("</li>\n");
        }
        return h.append("</ul>\n").toString();
    }
}
