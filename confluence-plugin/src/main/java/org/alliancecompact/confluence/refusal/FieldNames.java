package org.alliancecompact.confluence.refusal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the field name the domain's validation messages start with ("name is required" names "name"). */
public final class FieldNames {

    private static final Pattern LEADING = Pattern.compile("^([a-z][A-Za-z0-9]*(?:[.\\[\\]][A-Za-z0-9\\[\\]]*)*)[ :]");

    private static final java.util.Set<String> NOT_FIELDS = java.util.Set.of("a", "an", "the", "no", "this", "we");

    private FieldNames() {}

    /** The field name {@code message} starts with, or null when it starts with an ordinary word. */
    public static String leadingField(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = LEADING.matcher(message);
        if (!m.find() || NOT_FIELDS.contains(m.group(1))) {
            return null;
        }
        return m.group(1);
    }
}
