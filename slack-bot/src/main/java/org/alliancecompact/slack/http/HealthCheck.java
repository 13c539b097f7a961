package org.alliancecompact.slack.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code GET /healthz} asks: empty when the part checked works, else why not, in a few words
 * that name no secret (such as "database unavailable" or "Slack Socket Mode not connected: Connection
 * refused").
 */
@FunctionalInterface
public interface HealthCheck {
    Optional<String> problem();

    /** Healthy when every check is; otherwise the problems found, joined with "; ". */
    static HealthCheck all(List<HealthCheck> checks) {
        return () -> {
            List<String> problems = checks.stream()
                    .map(HealthCheck::problem)
                    .flatMap(Optional::stream)
                    .filter(Objects::nonNull)
                    .toList();
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
        };
    }
}
