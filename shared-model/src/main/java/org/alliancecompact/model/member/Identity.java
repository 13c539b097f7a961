package org.alliancecompact.model.member;

import java.util.Objects;

/**
 * How the person making a request is recognised, and so which {@link Person} entries are theirs.
 *
 * <p>Inside Confluence a signed-in user is recognised only by their user key ({@code
 * UserManager.getRemoteUserKey()} in SAL): a key never changes and cannot be typed in, whereas a profile
 * e-mail can be edited by its owner wherever the user directory allows it, so matching by e-mail would let
 * anyone become a head by typing the head's address (issue 13, finding 5). The e-mail stays the bridge to
 * Slack: the Slack bot reads on a Slack user's behalf with the e-mail Slack verified for that user, and only
 * the integration account may ask for that.
 *
 * @param userKey the Confluence user key, or null when recognised by e-mail
 * @param email the lower-cased e-mail address, or null when recognised by user key
 */
public record Identity(String userKey, String email) {

    public Identity {
        if ((userKey == null) == (email == null)) {
            throw new IllegalArgumentException("an identity is a user key or an e-mail address, exactly one");
        }
        if (userKey != null && userKey.isBlank()) {
            throw new IllegalArgumentException("userKey must not be blank");
        }
        email = email == null ? null : EmailAddress.normalise(email, "email");
    }

    /** A Confluence user, by the key SAL reports. */
    public static Identity confluenceUser(String userKey) {
        return new Identity(Objects.requireNonNull(userKey, "userKey"), null);
    }

    /** A Slack user, by the e-mail address Slack verified (the bridge to Slack). */
    public static Identity slackEmail(String email) {
        return new Identity(null, Objects.requireNonNull(email, "email"));
    }

    /** Whether {@code person} is this identity: same user key, or same e-mail for a Slack identity. */
    public boolean is(Person person) {
        if (userKey != null) {
            return userKey.equals(person.userKey());
        }
        return person.hasEmail(email);
    }
}
