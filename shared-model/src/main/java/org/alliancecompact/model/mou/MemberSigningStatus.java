package org.alliancecompact.model.mou;

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
        signedRoles = signedRoles == null || signedRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signedRoles));
        missingRoles =
                missingRoles == null || missingRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missingRoles));
    }
}
