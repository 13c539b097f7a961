package org.alliancecompact.model.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An English academic year: 1 September to 31 August, in the alliance's time zone (Europe/London by
 * default). Identified by the calendar year in which it starts, so 2026 is "2026/27".
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    public AcademicYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("academic year start must be between 1900 and 9998: " + startYear);
        }
    }

    /** The academic year a calendar date falls in: September onwards belongs to the year starting then. */
    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(
                date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** The academic year an instant falls in, judged by the local date in {@code zone}. */
    public static AcademicYear containing(Instant instant, ZoneId zone) {
        return containing(instant.atZone(zone).toLocalDate());
    }

    /** Parses "2026/27" (or "2026-27", or "2026"). */
    public static AcademicYear parse(String text) {
        if (text == null || !text.trim().matches("\\d{4}([/-]\\d{2})?")) {
            throw new IllegalArgumentException("academic year must look like 2026/27: " + text);
        }
        String t = text.trim();
        AcademicYear year = new AcademicYear(Integer.parseInt(t.substring(0, 4)));
        if (t.length() > 4 && !t.substring(5).equals(String.format("%02d", (year.startYear + 1) % 100))) {
            throw new IllegalArgumentException("academic year must span consecutive years, like 2026/27: " + text);
        }
        return year;
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /** First instant of the year in {@code zone} (inclusive). */
    public Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** First instant of the following year in {@code zone} (exclusive end). */
    public Instant end(ZoneId zone) {
        return next().start(zone);
    }

    public boolean contains(LocalDate date) {
        return containing(date).equals(this);
    }

    public boolean contains(Instant instant, ZoneId zone) {
        return containing(instant, zone).equals(this);
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    /** "2026/27". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }

    /** Convenience for callers holding a zoned time. */
    public static AcademicYear containing(ZonedDateTime time) {
        return containing(time.toLocalDate());
    }
}
