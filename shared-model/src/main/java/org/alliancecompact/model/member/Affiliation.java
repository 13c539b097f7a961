package org.alliancecompact.model.member;

import java.util.Set;

/**
 * One organisation a person acts for, with every role they hold there. A person heading two schools of a
 * federation has two affiliations, each with HEAD.
 *
 * @param member the organisation
 * @param roles the roles held there (never empty)
 * @param standing whether the organisation is a current or a former member on the day asked about
 */
public record Affiliation(Member member, Set<PersonRole> roles, MemberStanding standing) {

    public Affiliation {
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an affiliation holds at least one role");
        }
    }

    public String memberId() {
        return member.id();
    }

    public boolean holds(PersonRole role) {
        return roles.contains(role);
    }

    public boolean current() {
        return standing == MemberStanding.CURRENT;
    }
}
