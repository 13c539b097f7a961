package org.alliancecompact.model.profile;

import java.time.ZoneId;
import java.util.regex.Pattern;
import org.alliancecompact.model.engagement.EngagementRules;
import org.alliancecompact.model.meeting.MeetingRules;
import org.alliancecompact.model.mou.MouTemplate;
import org.alliancecompact.model.register.RegisterRules;
import org.alliancecompact.model.support.SupportRules;

/**
 * Everything that differs between alliances, as data: one file per alliance (see {@code profiles/} in
 * this module's resources). The code holds no alliance's numbers.
 *
 * @param id short stable key, such as "bolton"
 * @param name the alliance's name
 * @param timeZone where its academic year and meeting times are judged (Europe/London in England)
 * @param partnershipLeaderTitle what the alliance calls its partnership leader (Oldham: Education Partnership Leader)
 */
public record AllianceProfile(
        String id,
        String name,
        ZoneId timeZone,
        String partnershipLeaderTitle,
        MembershipRules membership,
        MeetingRules meetings,
        SupportRules support,
        EngagementRules engagement,
        RegisterRules register,
        MouTemplate mou) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public AllianceProfile {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be 2-40 lower-case letters, digits or hyphens: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("timeZone is required (for example Europe/London)");
        }
        if (partnershipLeaderTitle == null || partnershipLeaderTitle.isBlank()) {
            throw new IllegalArgumentException("partnershipLeaderTitle is required");
        }
        if (membership == null) {
            throw new IllegalArgumentException("membership is required");
        }
        if (meetings == null) {
            throw new IllegalArgumentException("meetings is required");
        }
        if (support == null) {
            throw new IllegalArgumentException("support is required");
        }
        if (engagement == null) {
            throw new IllegalArgumentException("engagement is required");
        }
        if (register == null) {
            throw new IllegalArgumentException("register is required");
        }
        if (mou == null) {
            throw new IllegalArgumentException("mou is required");
        }
    }
}
