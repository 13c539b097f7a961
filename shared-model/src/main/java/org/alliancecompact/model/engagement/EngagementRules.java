package org.alliancecompact.model.engagement;

import java.time.Duration;
import java.util.List;

/**
 * When an alliance counts an organisation as disengaging, and what it does at each level.
 *
 * @param missedMeetingsForLevel1 meetings missed without a deputy or apologies, within {@code lookback}, that reach level 1
 * @param lookback how far back missed meetings and unreturned evaluations count
 * @param documentationGrace how long documentation may be overdue before it reaches level 2
 * @param evidenceGrace how long evidence of impact may be overdue before it reaches level 3
 * @param level4After how long an organisation stays at level 3 without resuming before level 4
 * @param levels the four levels, 1 to 4, each exactly once
 */
public record EngagementRules(
        int missedMeetingsForLevel1,
        Duration lookback,
        Duration documentationGrace,
        Duration evidenceGrace,
        Duration level4After,
        List<LadderLevel> levels) {

    public EngagementRules {
        if (missedMeetingsForLevel1 < 1) {
            throw new IllegalArgumentException("engagement.missedMeetingsForLevel1 must be 1 or more");
        }
        requirePositive("engagement.lookback", lookback);
        requireNotNegative("engagement.documentationGrace", documentationGrace);
        requireNotNegative("engagement.evidenceGrace", evidenceGrace);
        requirePositive("engagement.level4After", level4After);
        if (levels == null || levels.size() != 4) {
            throw new IllegalArgumentException("engagement.levels must list exactly the four levels 1 to 4");
        }
        levels = levels.stream()
                .sorted(java.util.Comparator.comparingInt(LadderLevel::level))
                .toList();
        for (int i = 0; i < 4; i++) {
            if (levels.get(i).level() != i + 1) {
                throw new IllegalArgumentException("engagement.levels must list each of the levels 1 to 4 once");
            }
        }
    }

    /** The wording for level 1 to 4. */
    public LadderLevel level(int level) {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("ladder level must be 1 to 4: " + level);
        }
        return levels.get(level - 1);
    }

    private static void requirePositive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be a positive duration");
        }
    }

    private static void requireNotNegative(String field, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be zero or a positive duration");
        }
    }
}
