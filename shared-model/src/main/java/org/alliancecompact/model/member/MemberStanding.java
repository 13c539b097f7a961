package org.alliancecompact.model.member;

import java.time.LocalDate;

/**
 * Whether an organisation is a current or a former member on a given day, and what that allows. One rule
 * for the plugin and the bot (issue 15).
 *
 * <p><b>Former members</b> are those that have LEFT (Exceed 17: "schools and MATs may opt to ... leave the
 * partnership"), those DE_DESIGNATED by the alliance (Exceed 17), and associates past their time limit
 * (Leeds: "associate membership for up to 6 months"; see {@link Membership#effectiveState}), as well as an
 * organisation asked about before the day it joined.
 *
 * <p><b>What a former member may still see: its own register history, nothing else.</b> The Oldham
 * data-sharing protocol gives sight of other members' data only to "members that subscribe to the
 * protocol" (3.1) and to a provider while it supports (3.3); it says nobody without authorised access sees
 * any data set (3.4); and a member outside the agreement keeps access only to the data set about itself
 * (3.5). The data-protection principles it quotes (2: "handled according to people's data protection
 * rights") keep an organisation's right to what is held about it. So a former member sees its own
 * category history; it cannot list members and their people, see other rows, sign, withdraw, be assigned
 * as a provider, or be counted in the alliance's totals.
 */
public enum MemberStanding {
    CURRENT,
    FORMER;

    /** The standing of {@code member} on {@code date} under the alliance's membership rules. */
    public static MemberStanding of(Member member, Membership membership, LocalDate date) {
        return membership.isMemberOn(member, date) ? CURRENT : FORMER;
    }

    /** Whether the organisation may sign, withdraw, be a provider, see other rows and be counted. */
    public boolean actsAsMember() {
        return this == CURRENT;
    }

    /** Whether its people may read its own register history (true for current and former members). */
    public boolean seesOwnHistory() {
        return true;
    }
}
