package org.alliancecompact.slack.flows;

import java.util.List;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.member.MemberStanding;
import org.alliancecompact.slack.text.BotText;

/**
 * Who the meetings use cases count: the organisations that are current members today (not left, not de-designated,
 * not an associate past the profile's time limit, Leeds: six months), and the check that only coordinators see who is
 * coming and take attendance.
 */
record MeetingMembers(Services s) {
    /**
     * Whether the organisation is a current member today under shared-model's one rule ({@link MemberStanding}):
     * not left, not de-designated, and not an associate past the profile's time limit (Leeds: six months).
     */
    boolean current(MemberDto m) {
        if (!m.state().isCurrent()) {
            return false;
        }
        try {
            return MemberStanding.of(
                            m.toDomain(),
                            s.profile.membership().membership(),
                            s.now().atZone(s.profile.timeZone()).toLocalDate())
                    .actsAsMember();
        } catch (IllegalArgumentException unreadable) {
            return true; // a record the domain refuses is the plugin's to fix; its stored state stands
        }
    }

    /** The current members (Directory's, less associates past their time limit), by name. */
    List<MemberDto> currentMembers() {
        return s.directory.activeMembers().stream().filter(this::current).toList();
    }

    static void requireCoordinator(Caller c) {
        if (!c.coordinator()) {
            throw new IllegalArgumentException(BotText.get("meetings.onlyCoordinators"));
        }
    }
}
