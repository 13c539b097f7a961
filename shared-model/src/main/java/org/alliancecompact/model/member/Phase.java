package org.alliancecompact.model.member;

/** Phase of education an organisation serves. */
public enum Phase {
    EARLY_YEARS,
    PRIMARY,
    SECONDARY,
    ALL_THROUGH,
    SPECIAL,
    ALTERNATIVE_PROVISION,
    POST_16,
    NOT_APPLICABLE
}
