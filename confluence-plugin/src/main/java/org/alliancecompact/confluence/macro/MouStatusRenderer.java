package org.alliancecompact.confluence.macro;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.storage.StoreSnapshot;
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

    private static final Map<SigningStatus, String> HEADINGS = new EnumMap<>(Map.of(
            SigningStatus.SIGNED, "Signed",
            SigningStatus.PARTLY_SIGNED, "Partly signed",
            SigningStatus.NOT_SIGNED, "Not signed",
            SigningStatus.LAPSED, "Lapsed (past the review date)",
            SigningStatus.WITHDRAWN, "Withdrawn"));

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
        h.append("<h2>MOU status: edition ").append(edition.number()).append("</h2>\n");
        h.append("<table class=\"compact-table compact-counts\">\n<thead><tr><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Members</th></tr></thead>\n<tbody>\n");
        for (SigningStatus status : SigningStatus.values()) {
            if (!only.isEmpty() && !only.contains(status)) {
                continue;
            }
            h.append("<tr data-status=\"")
                    .append(status.name())
                    .append("\"><th scope=\"row\">")
                    .append(Html.text(HEADINGS.get(status)))
                    .append("</th><td class=\"compact-count\">")
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
                    .append(Html.text(HEADINGS.get(status)))
                    .append("</h3>\n<ul class=\"compact-status-")
                    .append(status.name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">\n");
            for (MouService.MemberStatus s : members) {
                h.append("<li data-member-id=\"")
                        .append(Html.attr(s.member().id()))
                        .append("\">")
                        .append(Html.text(s.member().name()));
                if (!s.status().missingRoles().isEmpty() && status == SigningStatus.PARTLY_SIGNED) {
                    h.append(": still to sign: ")
                            .append(Html.text(s.status().missingRoles().stream()
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
        StringBuilder h = new StringBuilder("<h3>Associate members</h3>\n");
        if (associates.isEmpty()) {
            return h.append("<p>None.</p>\n").toString();
        }
        h.append("<ul class=\"compact-associates\">\n");
        for (Member m : associates) {
            AssociateStanding standing = membership.standing(m, mou.today());
            h.append("<li data-member-id=\"")
                    .append(Html.attr(m.id()))
                    .append("\">")
                    .append(Html.text(m.name()))
                    .append(
                            standing == AssociateStanding.EXPIRED
                                    ? ": associate membership ended "
                                    : ": associate until ")
                    .append(Html.date(membership.associateLastDay(m)));
            if (standing == AssociateStanding.EXPIRING) {
                h.append(" <strong>(expiring soon: convert to full membership or lapse)</strong>");
            }
            h.append("</li>\n");
        }
        return h.append("</ul>\n").toString();
    }
}
