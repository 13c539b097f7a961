package org.alliancecompact.confluence.permission;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** Finds who is calling. Confluence answers from its session or personal access token; the preview from its own config. */
public interface CallerSource {

    /** The authenticated caller, or empty when the request carries no valid credentials. */
    Optional<Caller> caller(HttpHeaders headers);
}
