package org.alliancecompact.slack.flows;

import org.alliancecompact.model.api.MemberDto;

/**
 * The person behind a Slack request: their Slack ID, their email (from users.info) and the member
 * organisation that email belongs to in Confluence (null for a coordinator who is no member's person).
 */
record Caller(String slackUser, String email, MemberDto member, boolean coordinator) {
    boolean isMember() {
        return member != null;
    }

    String memberId() {
        return member == null ? null : member.id();
    }
}
