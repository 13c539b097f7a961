package org.alliancecompact.model.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator clock: lets an operator, a trainer or a test run a process (the bot, the preview
 * server) at another date than today's, from three settings.
 *
 * <ul>
 *   <li>{@code ALLIANCE_CLOCK}: a local date-time in the alliance's time zone, {@code 2027-03-01T09:00}
 *       (or with an offset, {@code 2027-03-01T09:00Z}). The process's clock reads that at start-up and
 *       then runs on at real speed, so the day's scheduled jobs come due as the day goes by. (A clock
 *       standing still would never bring a job due and would stamp every record with one instant.)
 *   <li>{@code ALLIANCE_CLOCK_OFFSET}: an ISO-8601 period and/or duration added to real time,
 *       {@code P30D}, {@code -PT2H}, {@code P1MT6H}; months and years are counted in the alliance's time
 *       zone at start-up, after which the gap stays fixed.
 *   <li>{@code ALLIANCE_CLOCK_ALLOWED}: must be {@code true} for either of the above to be taken; a
 *       clock set without it refuses start-up, so a production process cannot be moved by a stray
 *       variable.
 * </ul>
 *
 * <p>Refusals are {@link IllegalArgumentException}s whose message names the variable at fault and
 * fits on one line. The operator clock may be at most {@link #LIMIT} from real time either way (a
 * guard against typing 20270 for 2027 or P3000D for P30D). The class reads nothing itself: the caller
 * passes the settings map, the zone and the real clock.
 */
public final class OperatorClock {

    public static final String CLOCK = "ALLIANCE_CLOCK";
    public static final String OFFSET = "ALLIANCE_CLOCK_OFFSET";
    public static final String ALLOWED = "ALLIANCE_CLOCK_ALLOWED";

    /** How far from real time the operator clock may be, either way. */
    public static final Period LIMIT = Period.ofYears(10);

    /** Whether and how the clock is moved. */
    public enum Mode {
        /** Real time: no operator clock set. */
        REAL,
        /** Started at the date-time {@code ALLIANCE_CLOCK} gives, running on from there. */
        START,
        /** Real time plus {@code ALLIANCE_CLOCK_OFFSET}. */
        OFFSET
    }

    /** Sign, then PnYnMnWnD and TnHnMnS parts, each optional; at least one number is required. */
    private static final Pattern ISO_OFFSET = Pattern.compile(
            "([-+]?)P(?:(\\d{1,6})Y)?(?:(\\d{1,6})M)?(?:(\\d{1,6})W)?(?:(\\d{1,6})D)?"
                    + "(?:T(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,9})S)?)?",
            Pattern.CASE_INSENSITIVE);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z", Locale.UK);

    private final Mode mode;
    private final String setting;
    private final Duration offset;
    private final ZoneId zone;
    private final Clock clock;

    private OperatorClock(Mode mode, String setting, Duration offset, ZoneId zone, Clock real) {
        this.mode = mode;
        this.setting = setting;
        this.offset = offset;
        this.zone = zone;
        this.clock = mode == Mode.REAL ? real : Clock.offset(real, offset);
    }

    /** Real time, nothing shown. */
    public static OperatorClock real(Clock real, ZoneId zone) {
        return new OperatorClock(Mode.REAL, null, Duration.ZERO, zone, real);
    }

    /**
     * The clock the settings ask for.
     *
     * @param settings environment variables (or the bot's properties); absent or blank keys are unset
     * @param zone the alliance profile's time zone, in which {@code ALLIANCE_CLOCK} and month or year
     *     offsets are read
     * @param real the real clock ({@code Clock.systemUTC()} in production)
     * @throws IllegalArgumentException naming the variable at fault, when a value is malformed, out of
     *     range, both clock settings are given, or a clock is set without {@code ALLIANCE_CLOCK_ALLOWED=true}
     */
    public static OperatorClock from(Map<String, String> settings, ZoneId zone, Clock real) {
        String at = blankToNull(settings.get(CLOCK));
        String by = blankToNull(settings.get(OFFSET));
        String allowed = blankToNull(settings.get(ALLOWED));
        boolean isAllowed = false;
        if (allowed != null) {
            if (allowed.equalsIgnoreCase("true")) {
                isAllowed = true;
            } else if (!allowed.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(ALLOWED + " must be true or false, not '" + allowed + "'");
            }
        }
        if (at == null && by == null) {
            return real(real, zone);
        }
        if (at != null && by != null) {
            throw new IllegalArgumentException(
                    "set " + CLOCK + " or " + OFFSET + ", not both (they are " + at + " and " + by + ")");
        }
        String key = at != null ? CLOCK : OFFSET;
        if (!isAllowed) {
            throw new IllegalArgumentException(
                    key + " is set but " + ALLOWED + " is not true: an operator clock runs"
                            + " this process at another date than today's, so it must be allowed explicitly; refusing to start");
        }
        Instant now = real.instant();
        ZonedDateTime target = at != null ? parseStart(at, zone) : parseOffset(by, now.atZone(zone));
        ZonedDateTime realNow = now.atZone(zone);
        if (target.isAfter(realNow.plus(LIMIT)) || target.isBefore(realNow.minus(LIMIT))) {
            throw new IllegalArgumentException(key + " puts the clock at " + target.toLocalDateTime() + ", more than "
                    + LIMIT.getYears() + " years from today; refusing to start");
        }
        Duration gap = Duration.between(now, target.toInstant());
        return new OperatorClock(at != null ? Mode.START : Mode.OFFSET, at != null ? at : by, gap, zone, real);
    }

    private static ZonedDateTime parseStart(String value, ZoneId zone) {
        try {
            return LocalDateTime.parse(value).atZone(zone);
        } catch (DateTimeException local) {
            try {
                return OffsetDateTime.parse(value).atZoneSameInstant(zone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(CLOCK + " must be a date and time such as 2027-03-01T09:00 (in the"
                        + " alliance's time zone, " + zone + "), not '" + value + "'");
            }
        }
    }

    private static ZonedDateTime parseOffset(String value, ZonedDateTime realNow) {
        Matcher m = ISO_OFFSET.matcher(value);
        boolean anyNumber = false;
        if (m.matches()) {
            for (int g = 2; g <= 8; g++) {
                anyNumber |= m.group(g) != null;
            }
        }
        if (!anyNumber || value.toUpperCase(Locale.ROOT).endsWith("T")) {
            throw new IllegalArgumentException(OFFSET + " must be an ISO-8601 period or duration such as P30D, -PT2H"
                    + " or P1MT6H, not '" + value + "'");
        }
        int sign = "-".equals(m.group(1)) ? -1 : 1;
        Period period = Period.of(number(m, 2), number(m, 3), number(m, 4) * 7 + number(m, 5));
        Duration time = Duration.ofHours(number(m, 6)).plusMinutes(number(m, 7)).plusSeconds(number(m, 8));
        return sign > 0
                ? realNow.plus(period).plus(time)
                : realNow.minus(period).minus(time);
    }

    private static int number(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The clock every part of the process reads. */
    public Clock clock() {
        return clock;
    }

    public Mode mode() {
        return mode;
    }

    /** Whether the process runs at another time than the real one (and must say so). */
    public boolean active() {
        return mode != Mode.REAL;
    }

    /** The operator clock minus real time (zero when real). */
    public Duration offset() {
        return offset;
    }

    /** The value of the setting that moved the clock, as given; null when real. */
    public String setting() {
        return setting;
    }

    /**
     * One line for a console banner or a page header, such as "Operator clock (ALLIANCE_CLOCK_OFFSET=P30D):
     * this process's time is Wed 31 Mar 2027 09:00 BST, not the real time."; empty when real.
     */
    public String notice() {
        if (!active()) {
            return "";
        }
        return "Operator clock (" + (mode == Mode.START ? CLOCK : OFFSET) + "=" + setting + "): this process's time is "
                + SHOWN.format(clock.instant().atZone(zone)) + ", not the real time.";
    }

    /**
     * What a health check shows: {@code mode} (real, start or offset), {@code setting} (the value given,
     * absent when real), {@code offsetSeconds} and {@code now} (ISO-8601 instant of this clock).
     */
    public Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", mode.name().toLowerCase(Locale.ROOT));
        if (setting != null) {
            m.put("setting", setting);
        }
        m.put("offsetSeconds", offset.toSeconds());
        m.put("now", clock.instant().toString());
        return m;
    }
}
