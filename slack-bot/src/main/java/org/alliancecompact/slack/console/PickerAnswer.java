package org.alliancecompact.slack.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A typed date or time as Slack's pickers send it: a datepicker's {@code selected_date} is YYYY-MM-DD, a
 * timepicker's {@code selected_time} HH:mm on the 24-hour clock
 * (api.slack.com/reference/block-kit/block-elements#datepicker, #timepicker). Neither picker can send
 * anything else, so what does not parse is no answer.
 */
final class PickerAnswer {
    private PickerAnswer() {}

    /** The date as Slack sends it, when {@code typed} is a real calendar date in YYYY-MM-DD. */
    static Optional<String> date(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed.strip(), DateTimeFormatter.ISO_LOCAL_DATE)
                    .toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The time as Slack sends it (two-digit hour), when {@code typed} is H:MM or HH:MM from 00:00 to 23:59. */
    static Optional<String> time(String typed) {
        String t = typed.strip();
        if (!t.matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
            return Optional.empty();
        }
        return Optional.of(t.length() == 4 ? "0" + t : t);
    }
}
