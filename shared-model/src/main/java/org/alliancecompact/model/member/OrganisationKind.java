package org.alliancecompact.model.member;

/** What kind of organisation a member is. Members are organisations, not people (Leeds MOU). */
public enum OrganisationKind {
    SCHOOL,
    ACADEMY,
    TRUST,
    COLLEGE,
    EARLY_YEARS_SETTING,
    CHILDRENS_CENTRE,
    LOCAL_AUTHORITY,
    DIOCESE,
    OTHER_PARTNER
}
