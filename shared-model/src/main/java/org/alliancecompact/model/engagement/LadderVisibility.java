package org.alliancecompact.model.engagement;

/**
 * Who may see an organisation's place on the disengagement ladder. The ladder is between a school and
 * the improvement group (Oldham's disengagement protocol: the EPL, the collaborative lead, the chair),
 * not news for other members: coordinators see every organisation, a member's people their own only.
 */
public final class LadderVisibility {
    private LadderVisibility() {}

    /**
     * @param coordinator the viewer is one of the alliance's coordinators (or the integration user)
     * @param viewerMemberId the viewer's own organisation, or null when they have none
     */
    public static boolean canSee(boolean coordinator, String viewerMemberId, String memberId) {
        return coordinator || (viewerMemberId != null && viewerMemberId.equals(memberId));
    }
}
