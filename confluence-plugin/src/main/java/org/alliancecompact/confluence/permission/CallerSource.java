package org.alliancecompact.confluence.permission;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** Finds who is calling. Confluence answers from its session or personal access token; the preview from its own config. */
public interface CallerSource {

    /** The authenticated caller, or empty when the request carries no valid credentials. */
    Optional<Caller> caller(HttpHeaders headers);

    /**
     * The coordinator whose e-mail is {@code email} (lower-cased), for a read the integration account makes
     * on their behalf ({@code ?viewer=}); empty when no coordinator has that address. The preview answers
     * from its configured coordinators ({@code PREVIEW_COORDINATORS}). Inside Confluence SAL's
     * {@code UserManager} finds users by key or name only, not by e-mail, so this default finds none
     * there: a coordinator named by {@code ?viewer=} is answered as a person of their organisations, if any.
     */
    default Optional<Caller> coordinatorByEmail(String email) {
        return Optional.empty();
    }
}
