package org.alliancecompact.model.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.MemberSigningStatus;
import org.alliancecompact.model.mou.SigningStatus;

/**
 * Signing status of an edition: one entry per member and how many members are in each status (every
 * status present, zero where none).
 */
public record MouStatusDto(
        String editionId, int editionNumber, List<MemberStatusDto> members, Map<SigningStatus, Long> counts) {

    public MouStatusDto {
        members = members == null ? List.of() : List.copyOf(members);
        // EnumMap and EnumSet keep the declared order, so the JSON reads the same every time.
        Map<SigningStatus, Long> ordered = new EnumMap<>(SigningStatus.class);
        if (counts != null) {
            ordered.putAll(counts);
        }
        counts = Collections.unmodifiableMap(ordered);
    }

    /**
     * @param minuteReferences the governors' or board minute reference of each signed role, for callers
     *     who may read them (coordinators and the organisation's own people); empty for everyone else
     */
    public record MemberStatusDto(
            String memberId,
            String memberName,
            SigningStatus status,
            Set<PersonRole> signedRoles,
            Set<PersonRole> missingRoles,
            Map<PersonRole, String> minuteReferences) {

        public MemberStatusDto {
            signedRoles = ordered(signedRoles);
            missingRoles = ordered(missingRoles);
            Map<PersonRole, String> minutes = new EnumMap<>(PersonRole.class);
            if (minuteReferences != null) {
                minutes.putAll(minuteReferences);
            }
            minuteReferences = Collections.unmodifiableMap(minutes);
        }

        public MemberStatusDto(
                String memberId,
                String memberName,
                SigningStatus status,
                Set<PersonRole> signedRoles,
                Set<PersonRole> missingRoles) {
            this(memberId, memberName, status, signedRoles, missingRoles, Map.of());
        }

        public static MemberStatusDto from(MemberSigningStatus status, String memberName) {
            return from(status, memberName, Map.of());
        }

        public static MemberStatusDto from(
                MemberSigningStatus status, String memberName, Map<PersonRole, String> minuteReferences) {
            return new MemberStatusDto(
                    status.memberId(),
                    memberName,
                    status.status(),
                    status.signedRoles(),
                    status.missingRoles(),
                    minuteReferences);
        }

        public MemberSigningStatus toDomain() {
            return new MemberSigningStatus(memberId, status, signedRoles, missingRoles);
        }

        private static Set<PersonRole> ordered(Set<PersonRole> roles) {
            Set<PersonRole> out = EnumSet.noneOf(PersonRole.class);
            if (roles != null) {
                out.addAll(roles);
            }
            return Collections.unmodifiableSet(out);
        }
    }

    /** Builds the DTO, counting the members in each status. */
    public static MouStatusDto of(String editionId, int editionNumber, List<MemberStatusDto> members) {
        Map<SigningStatus, Long> counts = new EnumMap<>(SigningStatus.class);
        for (SigningStatus s : SigningStatus.values()) {
            counts.put(s, 0L);
        }
        for (MemberStatusDto m : members) {
            counts.merge(m.status(), 1L, Long::sum);
        }
        return new MouStatusDto(editionId, editionNumber, members, counts);
    }
}
