package org.alliancecompact.model.engagement;

import java.util.Set;

/**
 * A disengagement nudge to send.
 *
 * @param key the dedupe key: the bot stores it once sent and never sends the same key again
 * @param message the profile's nudge text with {organisation} and {reasons} filled in
 */
public record Nudge(String key, String memberId, int level, Set<Audience> tell, String message) {

    public Nudge {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key is required");
        }
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("level must be 1 to 4");
        }
        tell = Set.copyOf(tell);
    }
}
