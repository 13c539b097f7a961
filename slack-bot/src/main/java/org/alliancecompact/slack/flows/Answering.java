package org.alliancecompact.slack.flows;

/**
 * What an answer button carries: the meeting and the organisation answering, as "12:oakfield". Buttons
 * from before organisations were named carry the meeting only (answered for the caller's only
 * organisation). Member ids contain no colon (the plugin's ids are slugs).
 */
record Answering(String meetingId, String memberId) {
    static String value(String meetingId, String memberId) {
        return meetingId + ":" + memberId;
    }

    static Answering of(String value) {
        String v = value == null ? "" : value.strip();
        int colon = v.indexOf(':');
        return colon < 0 ? new Answering(v, null) : new Answering(v.substring(0, colon), v.substring(colon + 1));
    }
}
