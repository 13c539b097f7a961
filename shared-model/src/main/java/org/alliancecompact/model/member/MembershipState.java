package org.alliancecompact.model.member;

/**
 * Where an organisation stands in the alliance. Associates are time-limited (Leeds MOU: at most six
 * months, then convert to full or lapse); de-designation is the alliance's decision (Exceed 17).
 */
public enum MembershipState {
    FULL,
    ASSOCIATE,
    LEFT,
    DE_DESIGNATED;

    /** Still in the alliance (full or associate): counted for signing, meetings and nudges. */
    public boolean isCurrent() {
        return this == FULL || this == ASSOCIATE;
    }
}
