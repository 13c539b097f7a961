package org.alliancecompact.model.register;

import java.util.List;
import java.util.Set;

/**
 * What one person may see of the register when they act for several organisations, some of which may
 * have left: the union of each current organisation's sight under {@link RegisterVisibility}, plus the own
 * row of each organisation of theirs that is now a former member ({@code MemberStanding}: a former member
 * keeps its own data set, Oldham 3.5). A former member's row is not shared with other members any more
 * (Oldham 3.4: only those with authorised access), though coordinators still see it.
 *
 * @param viewers one {@link Viewer} per current organisation the person acts for (or one coordinator)
 * @param formerOwn ids of the person's organisations that are former members
 */
public record PersonSight(List<Viewer> viewers, Set<String> formerOwn) {

    public PersonSight {
        viewers = List.copyOf(viewers);
        formerOwn = Set.copyOf(formerOwn);
    }

    /**
     * Whether the row of {@code rowMemberId} may be shown.
     *
     * @param signers the members that subscribe to the data-sharing protocol
     * @param dataSharingRequired the profile's {@code dataSharingRequiredForVisibility}
     * @param former ids of every former member of the alliance today
     */
    public boolean canSee(String rowMemberId, Set<String> signers, boolean dataSharingRequired, Set<String> former) {
        if (formerOwn.contains(rowMemberId)) {
            return true;
        }
        for (Viewer v : viewers) {
            if (!v.coordinator() && former.contains(rowMemberId) && !rowMemberId.equals(v.memberId())) {
                continue;
            }
            if (RegisterVisibility.canSee(v, rowMemberId, signers, dataSharingRequired)) {
                return true;
            }
        }
        return false;
    }
}
