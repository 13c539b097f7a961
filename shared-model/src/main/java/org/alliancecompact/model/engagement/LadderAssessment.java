package org.alliancecompact.model.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where an organisation stands on the disengagement ladder at one instant.
 *
 * @param level 0 (engaged) to 4
 * @param reasons human sentences saying why, empty at level 0
 * @param actions the profile's suggested actions for the level
 * @param tell who is told at this level (from the profile)
 * @param episodeStart the start of the current episode: the latest ENGAGEMENT_RESUMED up to the
 *     assessment, or null when engagement never resumed. Nudges are keyed by it.
 * @param steppedDown true when the level is only what remains after a resumption stepped it down (no
 *     fresh signals reach it), so nobody is nudged about it again
 */
public record LadderAssessment(
        String memberId,
        int level,
        List<String> reasons,
        List<String> actions,
        Set<Audience> tell,
        Instant episodeStart,
        boolean steppedDown) {

    public LadderAssessment {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("level must be 0 to 4: " + level);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        actions = actions == null ? List.of() : List.copyOf(actions);
        tell = tell == null ? Set.of() : Set.copyOf(tell);
    }
}
