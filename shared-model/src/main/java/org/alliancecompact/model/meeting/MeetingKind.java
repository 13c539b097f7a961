package org.alliancecompact.model.meeting;

/** Kinds of meeting the seeds name (Bolton 28-31, Exceed 12-13). */
public enum MeetingKind {
    ALLIANCE_MEETING,
    CONFERENCE,
    WORKING_GROUP,
    STRATEGIC_GROUP
}
