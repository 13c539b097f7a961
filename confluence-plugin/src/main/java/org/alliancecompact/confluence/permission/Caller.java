package org.alliancecompact.confluence.permission;

import java.security.Principal;
import java.util.Locale;

/**
 * The authenticated person behind a request, as the host (Confluence) or the preview server knows them.
 * Membership of the alliance's groups decides what they may do beyond their own organisation's rights.
 *
 * @param email the person's e-mail address, lower-cased; it links them to a member organisation
 * @param name display name
 * @param coordinator in the {@value Groups#COORDINATORS} group
 * @param integration in the {@value Groups#INTEGRATION} group (the Slack bot's user)
 */
public record Caller(String email, String name, boolean coordinator, boolean integration) implements Principal {

    public Caller {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("caller email is required");
        }
        email = email.trim().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? email : name;
    }

    @Override
    public String getName() {
        return email;
    }
}
