package org.alliancecompact.confluence.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one date and time format of every page, macro, message and CSV the plugin writes: British English,
 * month in words ("30 November 2026", "30 November 2026, 10:01" in the alliance's time zone). compact.js
 * writes the same strings with {@code formatDate}/{@code formatDateTime}; the browser tests compare the two.
 */
public final class EnGb {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private EnGb() {}

    /** "30 November 2026"; empty for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "30 November 2026, 10:01" in {@code zone}; empty for null. */
    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /** "£3,000.00" from pence: the form the fee section, the bot and compact.js write. */
    public static String pounds(long pence) {
        return String.format(Locale.UK, "\u00a3%,d.%02d", pence / 100, pence % 100);
    }
}
