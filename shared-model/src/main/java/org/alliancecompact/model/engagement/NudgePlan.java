package org.alliancecompact.model.engagement;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.model.text.Words;

/**
 * Which nudge, if any, to send for an assessment, so the same nudge (member, level, episode) is never
 * sent twice. Pure data: the bot keeps the keys it has sent.
 */
public final class NudgePlan {

    private NudgePlan() {}

    /** "member:level:episode", the episode being the epoch second of the latest resumption (0 if none). */
    public static String key(LadderAssessment assessment) {
        long episode = assessment.episodeStart() == null
                ? 0
                : assessment.episodeStart().getEpochSecond();
        return assessment.memberId() + ":" + assessment.level() + ":" + episode;
    }

    /**
     * The nudge for {@code assessment}: none at level 0, none for a level only left over after a
     * resumption stepped it down, and none whose key is already in {@code sentKeys}.
     */
    public static Optional<Nudge> plan(
            LadderAssessment assessment, String organisationName, EngagementRules rules, Set<String> sentKeys) {
        if (assessment.level() == 0 || assessment.steppedDown()) {
            return Optional.empty();
        }
        String key = key(assessment);
        if (sentKeys != null && sentKeys.contains(key)) {
            return Optional.empty();
        }
        LadderLevel wording = rules.level(assessment.level());
        String organisation = organisationName == null || organisationName.isBlank()
                ? assessment.memberId()
                : organisationName.strip();
        // In brackets the reasons are clauses joined by semicolons, so "(... 2026)." never becomes ".).";
        // elsewhere each is a sentence of its own (issue 17, finding 6).
        String message = wording.nudge()
                .replace("{organisation}", organisation)
                .replace(
                        "({reasons})",
                        "(" + assessment.reasons().stream().map(Words::clause).collect(Collectors.joining("; ")) + ")")
                .replace(
                        "{reasons}",
                        assessment.reasons().stream().map(Words::sentence).collect(Collectors.joining(" ")));
        return Optional.of(new Nudge(key, assessment.memberId(), assessment.level(), wording.tell(), message));
    }
}
