package org.alliancecompact.model.member;

/**
 * The roles by which people are attached to a member organisation. HEAD covers headteacher, principal
 * and CEO; CHAIR covers chair of governors or trustees; DATA_CONTACT is the named person controlling
 * access to performance data (Oldham data-sharing 3.2).
 */
public enum PersonRole {
    HEAD,
    DEPUTY,
    CHAIR,
    DATA_CONTACT
}
