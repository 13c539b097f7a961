package org.alliancecompact.model.member;

/** Where an associate member stands against its time limit on a given date. */
public enum AssociateStanding {
    /** More than the warning period left. */
    CURRENT,
    /** Still an associate, but the limit falls within the warning period: convert or lapse soon. */
    EXPIRING,
    /** Past the limit without converting: the associate membership has lapsed. */
    EXPIRED
}
