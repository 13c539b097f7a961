package org.alliancecompact.model.meeting;

import java.util.Locale;
import org.alliancecompact.model.text.Words;

/**
 * How often a deputy may stand in for the head per academic year: a number of times (Bolton 32: "once per
 * academic year at BLA meetings"), or no limit where the alliance's documents set none (Oldham, Exceed, Leeds,
 * Leicestershire). No limit is its own value, never a large number standing for it (issue 17, point 7).
 *
 * <p>In a profile: {@code deputyAllowancePerYear: 1} or {@code deputyAllowancePerYear: no limit}.
 *
 * @param limited whether there is a limit
 * @param perYear the uses allowed per academic year when limited (0 or more); 0 when not limited
 */
public record DeputyAllowance(boolean limited, int perYear) {

    /** The words a profile writes for no limit. */
    public static final String NO_LIMIT = "no limit";

    public DeputyAllowance {
        if (perYear < 0) {
            throw new IllegalArgumentException("meetings.deputyAllowancePerYear must be 0 or more, or 'no limit'");
        }
        if (!limited && perYear != 0) {
            throw new IllegalArgumentException("a deputy allowance without limit has no number");
        }
    }

    /** At most {@code times} deputy uses per academic year. */
    public static DeputyAllowance perYear(int times) {
        return new DeputyAllowance(true, times);
    }

    public static DeputyAllowance noLimit() {
        return new DeputyAllowance(false, 0);
    }

    /**
     * A profile's value: "no limit" (any case, surrounding spaces ignored) or a whole number of 0 or more, as
     * text or as a number (older profiles wrote 99 for no limit; a number is read as that many times).
     *
     * @throws IllegalArgumentException naming the field when it is neither
     */
    public static DeputyAllowance parse(Object value) {
        if (value instanceof Number n && n.doubleValue() == n.intValue()) {
            return perYear(n.intValue());
        }
        if (value instanceof String s) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            if (t.equals(NO_LIMIT)) {
                return noLimit();
            }
            if (t.matches("\\d{1,9}")) {
                return perYear(Integer.parseInt(t));
            }
        }
        throw new IllegalArgumentException("meetings.deputyAllowancePerYear must be a whole number of 0 or more, or '"
                + NO_LIMIT + "' (it is '" + value + "')");
    }

    /** Whether one more deputy may stand in after {@code used} uses this academic year. */
    public boolean allowsAnotherAfter(int used) {
        return !limited || used < perYear;
    }

    /** "once", "2 times" (limited only). */
    public String howOften() {
        if (!limited) {
            throw new IllegalStateException("no limit has no number of times");
        }
        return Words.howOften(perYear);
    }

    @Override
    public String toString() {
        return limited ? Integer.toString(perYear) : NO_LIMIT;
    }
}
