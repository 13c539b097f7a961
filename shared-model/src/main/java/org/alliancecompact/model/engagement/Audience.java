package org.alliancecompact.model.engagement;

/** Who a disengagement level tells (Oldham disengagement protocol). */
public enum Audience {
    SCHOOL_LEADER,
    COLLABORATIVE_LEAD,
    PARTNERSHIP_LEADER,
    CHAIR_OF_GOVERNORS,
    DIRECTOR_OR_REGIONAL_OFFICE
}
