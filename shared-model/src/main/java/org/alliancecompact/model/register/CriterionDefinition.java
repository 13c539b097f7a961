package org.alliancecompact.model.register;

import java.util.regex.Pattern;

/**
 * One line of an alliance's category checklist (Oldham MOU: the criteria that put a school in Universal,
 * Targeted or Intensive support), as data from the profile.
 *
 * @param code stable key used when a coordinator ticks the criterion, such as "ofsted-ri"
 * @param category the category this criterion is evidence for
 * @param text the criterion as the MOU words it
 */
public record CriterionDefinition(String code, SupportCategory category, String text) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public CriterionDefinition {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "register.criteria.code must be 1-40 lower-case letters, digits or hyphens: " + code);
        }
        if (category == null) {
            throw new IllegalArgumentException("register.criteria.category is required for " + code);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("register.criteria.text is required for " + code);
        }
    }
}
