package org.alliancecompact.model.member;

/**
 * A person attached to a member organisation in one role. Someone holding two roles (a head who is
 * also the data contact) appears twice, once per role.
 *
 * @param email how Confluence and Slack identify them; stored lower-case
 * @param name display name
 * @param role the role they hold for this organisation
 * @param userKey the Confluence user key of their account (SAL's {@code getRemoteUserKey()}), set by a
 *     coordinator; null until linked. Confluence sessions are matched to people by this key only (see
 *     {@link Identity}); at most {@value #MAX_USER_KEY} characters (Confluence's user_key column).
 */
public record Person(String email, String name, PersonRole role, String userKey) {

    /** Confluence stores user keys in a 255-character column. */
    public static final int MAX_USER_KEY = 255;

    /** A person not yet linked to a Confluence account. */
    public Person(String email, String name, PersonRole role) {
        this(email, name, role, null);
    }

    public Person {
        email = EmailAddress.normalise(email, "email");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required for " + email);
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("name must be at most 200 characters");
        }
        if (role == null) {
            throw new IllegalArgumentException("role is required for " + email);
        }
        userKey = userKey == null || userKey.isBlank() ? null : userKey.strip();
        if (userKey != null && userKey.length() > MAX_USER_KEY) {
            throw new IllegalArgumentException("userKey must be at most " + MAX_USER_KEY + " characters");
        }
    }

    /** The same person linked to the Confluence account with {@code key} (null unlinks). */
    public Person withUserKey(String key) {
        return new Person(email, name, role, key);
    }

    /** Whether this is the given address (case-insensitive). */
    public boolean hasEmail(String other) {
        return EmailAddress.same(email, other);
    }
}
