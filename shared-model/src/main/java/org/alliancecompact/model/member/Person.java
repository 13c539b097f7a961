package org.alliancecompact.model.member;

/**
 * A person attached to a member organisation in one role. Someone holding two roles (a head who is
 * also the data contact) appears twice, once per role.
 *
 * @param email how Confluence and Slack identify them; stored lower-case
 * @param name display name
 * @param role the role they hold for this organisation
 */
public record Person(String email, String name, PersonRole role) {

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
    }

    /** Whether this is the given address (case-insensitive). */
    public boolean hasEmail(String other) {
        return EmailAddress.same(email, other);
    }
}
