package org.alliancecompact.model.text;

import java.util.List;

/**
 * The one place British English counts and sentences are built, so "1 day", "2 days", "a, b and c" and a
 * single full stop come out right in every message of the plugin and the bot (issue 17, finding 6: "1 days",
 * reasons ending ".).").
 */
public final class Words {

    private Words() {}

    /** "1 day", "2 days", "0 days": {@code n} and the singular or plural noun. */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "1 day" / "3 days". */
    public static String days(long n) {
        return count(n, "day", "days");
    }

    /** "1 time" / "2 times". */
    public static String times(long n) {
        return count(n, "time", "times");
    }

    /** How often, in words: "once", then "2 times", "3 times" ("0 times" for none). */
    public static String howOften(long n) {
        return n == 1 ? "once" : times(n);
    }

    /** "", "a", "a and b", "a, b and c" (no serial comma, as in the seeds). */
    public static String list(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        };
    }

    /** "", "a", "a or b", "a, b or c": the choice of people to ask. */
    public static String either(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
        };
    }

    /**
     * {@code text} as one sentence: trimmed, first letter upper case, ending in exactly one full stop unless it
     * already ends with "?", "!" or "." (a closing bracket or quote after the stop counts: "(protocol 31)."
     * stays as it is, "(protocol 31).)." cannot arise because no second stop is added). Empty stays empty.
     */
    public static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        while (t.endsWith("..")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return endsAsSentence(t) ? t : t + ".";
    }

    /** {@code clause} without a final full stop, to be put inside brackets or before more words. */
    public static String clause(String text) {
        String t = text == null ? "" : text.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static boolean endsAsSentence(String t) {
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '?' || last == '!') {
            return true;
        }
        if ((last == ')' || last == '"' || last == '\u201D') && t.length() > 1) {
            char before = t.charAt(t.length() - 2);
            return before == '.' || before == '?' || before == '!';
        }
        return false;
    }
}
