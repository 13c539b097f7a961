package org.alliancecompact.model.member;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that decides what an e-mail address looks like here. Only the shape is checked
 * (something@domain.tld, no spaces): whether the mailbox exists is Confluence's and Slack's business.
 * Addresses are kept lower-case because both hosts match people case-insensitively.
 */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {}

    /** The address trimmed and lower-cased, or IllegalArgumentException naming {@code field}. */
    public static String normalise(String email, String field) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = email.trim();
        if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(field + " must look like name@example.org: " + trimmed);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** Whether two addresses name the same mailbox (case-insensitive). */
    public static boolean same(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }
}
