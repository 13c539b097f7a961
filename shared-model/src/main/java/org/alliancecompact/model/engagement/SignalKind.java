package org.alliancecompact.model.engagement;

/** What the bot observed about an organisation's engagement (Oldham disengagement protocol). */
public enum SignalKind {
    /** Absent from a meeting without a deputy or apologies; at = the meeting's start. */
    MEETING_MISSED,
    /** Documentation (self-review, position statement, action plan) not provided; at = when it was due. */
    DOCUMENTATION_OVERDUE,
    /** Evidence of activities and impact against the action plan not provided; at = when it was due. */
    EVIDENCE_OVERDUE,
    /** An evaluation of support received not returned; at = when it was due. Counts like a missed meeting. */
    EVALUATION_NOT_RETURNED,
    /** The organisation engaged again (attended, submitted, replied); at = when. Steps the level down. */
    ENGAGEMENT_RESUMED;

    /** Whether this kind pushes an organisation up the ladder. */
    public boolean escalates() {
        return this != ENGAGEMENT_RESUMED;
    }
}
