package org.alliancecompact.model.meeting;

/** Kinds of meeting the seeds name (Bolton 28-31, Exceed 12-13, LEEP's termly strategic group). */
public enum MeetingKind {
    ALLIANCE_MEETING("alliance meeting", "alliance meetings"),
    CONFERENCE("conference", "conferences"),
    WORKING_GROUP("working group", "working groups"),
    STRATEGIC_GROUP("strategic group meeting", "strategic group meetings");

    private final String label;
    private final String plural;

    MeetingKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** For people, singular: "alliance meeting". */
    public String label() {
        return label;
    }

    /** For people, singular with its article: "an alliance meeting", "a conference". */
    public String withArticle() {
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    /** For people, plural: "alliance meetings". */
    public String plural() {
        return plural;
    }
}
