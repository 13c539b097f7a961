package org.alliancecompact.slack.flows;

import java.util.List;
import java.util.Optional;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.slack.text.BotText;

/**
 * The person behind a Slack request: their Slack ID, their email (from users.info) and every current member
 * organisation they act for in Confluence, in the plugin's order (empty for a coordinator who is no member's
 * person). A person may lead two schools or govern several (issue 15), so an action names the organisation it
 * is for and checks it with {@link #at}; there is no "the caller's organisation".
 */
record Caller(String slackUser, String email, List<MemberDto> organisations, boolean coordinator) {

    Caller {
        organisations = List.copyOf(organisations);
    }

    boolean isMember() {
        return !organisations.isEmpty();
    }

    /** Whether the caller acts for {@code memberId} (a current member). */
    boolean actsFor(String memberId) {
        return memberId != null && organisations.stream().anyMatch(m -> m.id().equals(memberId));
    }

    /**
     * The organisation {@code memberId} when the caller acts for it; with {@code memberId} null, the caller's only
     * organisation.
     *
     * @throws NotRecognised when the caller does not act for it, or acts for several and named none
     */
    MemberDto at(String memberId) {
        if (memberId == null) {
            return sole().orElseThrow(() -> new NotRecognised(BotText.get(
                    "who.chooseOrganisation",
                    org.alliancecompact.model.text.Words.list(
                            organisations.stream().map(MemberDto::name).toList()))));
        }
        return organisations.stream()
                .filter(m -> m.id().equals(memberId))
                .findFirst()
                .orElseThrow(() -> new NotRecognised(BotText.get("who.notFor", memberId)));
    }

    /** The caller's organisation when there is exactly one. */
    Optional<MemberDto> sole() {
        return organisations.size() == 1 ? Optional.of(organisations.get(0)) : Optional.empty();
    }

    /** Ids of every organisation the caller acts for. */
    List<String> memberIds() {
        return organisations.stream().map(MemberDto::id).toList();
    }
}
