package org.alliancecompact.model.register;

import java.util.Set;

/**
 * The person looking at the register, as far as visibility is concerned.
 *
 * @param memberId the organisation the person acts for; null for a coordinator who belongs to none
 * @param coordinator whether the person coordinates the alliance (sees every row)
 * @param dataSharingSigned whether the person's organisation subscribes to the data-sharing protocol
 * @param supportingMemberIds organisations the viewer's organisation currently supports (active support
 *     assignments, Oldham data-sharing 3.3)
 */
public record Viewer(String memberId, boolean coordinator, boolean dataSharingSigned, Set<String> supportingMemberIds) {

    public Viewer {
        if ((memberId == null || memberId.isBlank()) && !coordinator) {
            throw new IllegalArgumentException("memberId is required for a viewer who is not a coordinator");
        }
        if (memberId != null && memberId.isBlank()) {
            memberId = null;
        }
        supportingMemberIds = supportingMemberIds == null ? Set.of() : Set.copyOf(supportingMemberIds);
    }

    public static Viewer anyCoordinator() {
        return new Viewer(null, true, false, Set.of());
    }

    public static Viewer ofMember(String memberId, boolean dataSharingSigned, Set<String> supportingMemberIds) {
        return new Viewer(memberId, false, dataSharingSigned, supportingMemberIds);
    }
}
