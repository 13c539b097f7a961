package org.alliancecompact.model.engagement;

import java.util.List;
import java.util.Set;

/**
 * One step of the disengagement ladder as an alliance words it (Oldham: levels 1 to 4).
 *
 * @param level 1 to 4
 * @param description what puts an organisation at this level
 * @param actions the suggested actions at this level, in order
 * @param tell who is told when an organisation reaches this level
 * @param nudge the message sent to those people (may use {organisation} and {reasons})
 */
public record LadderLevel(int level, String description, List<String> actions, Set<Audience> tell, String nudge) {

    public LadderLevel {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("engagement.levels[].level must be 1 to 4: " + level);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("engagement.levels[" + level + "].description is required");
        }
        if (actions == null || actions.isEmpty()) {
            throw new IllegalArgumentException(
                    "engagement.levels[" + level + "].actions must list at least one action");
        }
        if (tell == null || tell.isEmpty()) {
            throw new IllegalArgumentException("engagement.levels[" + level + "].tell must name at least one audience");
        }
        if (nudge == null || nudge.isBlank()) {
            throw new IllegalArgumentException("engagement.levels[" + level + "].nudge is required");
        }
        actions = List.copyOf(actions);
        tell = Set.copyOf(tell);
    }
}
