package org.alliancecompact.model.meeting;

/** What actually happened, recorded after the meeting. */
public enum AttendanceOutcome {
    PRESENT_HEAD,
    PRESENT_DEPUTY,
    ABSENT_WITH_APOLOGIES,
    ABSENT;

    /** Counts as a missed meeting on the disengagement ladder (absent without apologies or deputy). */
    public boolean missed() {
        return this == ABSENT;
    }

    /** Someone attended for the organisation, its head or a deputy (Bolton 28: "represented"). */
    public boolean represented() {
        return this == PRESENT_HEAD || this == PRESENT_DEPUTY;
    }
}
