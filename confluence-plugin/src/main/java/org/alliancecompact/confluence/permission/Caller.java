package org.alliancecompact.confluence.permission;

import java.security.Principal;
import java.util.Locale;
import org.alliancecompact.model.member.Identity;

/**
 * The authenticated person behind a request, as the host (Confluence) or the preview server knows them.
 * Membership of the alliance's groups decides what they may do beyond their own organisations' rights;
 * which organisations those are is decided by {@link #identity()} (see {@link Identity}).
 *
 * @param userKey the Confluence user key (SAL's {@code getRemoteUserKey()}); null only for a Slack user the
 *     integration account reads for ({@code ?viewer=}), who is recognised by the e-mail Slack verified
 * @param email the person's e-mail address, lower-cased; recorded as who did what, and the bridge to Slack
 * @param name display name
 * @param coordinator in the {@value Groups#COORDINATORS} group
 * @param integration in the {@value Groups#INTEGRATION} group (the Slack bot's user)
 */
public record Caller(String userKey, String email, String name, boolean coordinator, boolean integration)
        implements Principal {

    public Caller {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("caller email is required");
        }
        if (userKey != null && userKey.isBlank()) {
            throw new IllegalArgumentException("caller userKey must not be blank");
        }
        email = email.trim().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? email : name;
    }

    /** A signed-in Confluence user (or the preview's stand-in for one). */
    public static Caller confluenceUser(
            String userKey, String email, String name, boolean coordinator, boolean integration) {
        if (userKey == null) {
            throw new IllegalArgumentException("a Confluence user has a user key");
        }
        return new Caller(userKey, email, name, coordinator, integration);
    }

    /** A Slack user the integration account reads for: a member's view only, never group rights. */
    public static Caller slackViewer(String email, String name) {
        return new Caller(null, email, name, false, false);
    }

    /** How this caller is matched to the people listed for member organisations. */
    public Identity identity() {
        return userKey != null ? Identity.confluenceUser(userKey) : Identity.slackEmail(email);
    }

    @Override
    public String getName() {
        return email;
    }
}
