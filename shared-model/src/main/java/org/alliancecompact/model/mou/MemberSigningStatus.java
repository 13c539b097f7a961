package org.alliancecompact.model.mou;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.alliancecompact.model.member.PersonRole;

/** One member organisation's signing status for one edition, with the roles still to sign. */
public record MemberSigningStatus(
        String memberId, SigningStatus status, Set<PersonRole> signedRoles, Set<PersonRole> missingRoles) {

    public MemberSigningStatus {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        signedRoles = ordered(signedRoles);
        missingRoles = ordered(missingRoles);
    }

    /** An unmodifiable copy in declaration order (HEAD before CHAIR), so lists read the same every time. */
    private static Set<PersonRole> ordered(Set<PersonRole> roles) {
        Set<PersonRole> out = EnumSet.noneOf(PersonRole.class);
        if (roles != null) {
            out.addAll(roles);
        }
        return Collections.unmodifiableSet(out);
    }
}
