package org.alliancecompact.slack.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console lets through only what Slack's own client would: a select holds one of its options, a date
 * picker a date, a time picker a time (api.slack.com/reference/block-kit/block-elements); a message's buttons
 * stay pressable until the message is replaced or deleted; a modal without inputs or a submit button is a
 * notice with only a Close button.
 */
class ConsoleAsSlackTest {
    private static final String IN_TWO_WEEKS =
            LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString();

    @Test
    void a_choice_date_or_time_slack_could_not_send_is_asked_again_at_once(@TempDir Path dir) {
        String out = ConsoleRun.typed(
                dir,
                "coord@alliance.org",
                "/alliance meetings",
                "1", // Add a meeting
                "9", // kind: not one of the 3 choices, asked again at once
                "working GROUP", // a choice by its label
                "Spring planning",
                "next Tuesday", // not a date
                "2026-13-01", // not a date either
                IN_TWO_WEEKS,
                "4pm", // not a time
                "16:00",
                "Alpha School",
                "", // no online link
                "", // not confidential
                "as head@alpha.sch.uk",
                "/alliance support",
                "Phonics in key stage 1",
                "two", // the bot's own check refuses it, on its field
                "7", // provider: not a choice
                "", // none (optional)
                "1.5"); // only the refused field is asked again
        assertThat(out)
                .contains("'9' is not one of the choices: type a number from 1 to 3, or a choice as listed.")
                .contains("'next Tuesday' is not a date: type it as YYYY-MM-DD")
                .contains("'2026-13-01' is not a date")
                .contains("'4pm' is not a time: type it as HH:MM")
                .contains("Added Spring planning (#1, Working group)")
                .contains("'7' is not one of the choices: type 1, or a choice as listed.");
        // each refusal asks the same question again at once, before the form's next question
        assertThat(out).contains("or a choice as listed.\nnumber: Title: ");
        assertThat(out).contains("is not a date: type it as YYYY-MM-DD, such as " + IN_TWO_WEEKS.substring(0, 4));
        // the bot's refusal of a free-text answer asks that field again, keeping the others
        String support = out.substring(out.indexOf("== Request support =="));
        assertThat(support)
                .containsPattern(
                        "! Days of support[^\n]*\nDays of support, in half days \\(such as 1.5\\): \n\\[#improvement-group]")
                .contains("Support request #1 from Alpha School")
                .contains("Focus: Phonics in key stage 1")
                .contains("1.5 days");
    }

    @Test
    void pressing_a_button_leaves_its_siblings_live_until_the_message_is_replaced(@TempDir Path dir) {
        String out = ConsoleRun.typed(
                dir,
                "coord@alliance.org",
                "/alliance meetings",
                "1", // Add a meeting
                "1",
                "Spring planning",
                IN_TWO_WEEKS,
                "16:00",
                "Alpha School",
                "",
                "",
                "/alliance meetings", // [8] Add a meeting, [9] Who is coming
                "9",
                "8", // the sibling on the same message: still live, as in Slack
                "cancel",
                "buttons");
        assertThat(out).doesNotContain("is on a message already");
        assertThat(out.substring(out.indexOf("[9] Who is coming")))
                .contains("== Add a meeting ==")
                .contains("Closed without sending.")
                .contains("  [8] Add a meeting\n  [9] Who is coming\n");
    }

    @Test
    void a_modal_with_nothing_to_fill_in_is_a_notice_shown_and_closed(@TempDir Path dir) {
        String out = ConsoleRun.typed(
                dir,
                "head@alpha.sch.uk",
                "/alliance support",
                "x",
                "2",
                "",
                "2", // Decline on the group's post: only coordinators may
                "cancel", // nothing is open now
                "/alliance support",
                "cancel"); // a form is open: it closes
        String notice = out.substring(out.indexOf("== Alliance Compact =="));
        assertThat(notice)
                .startsWith("== Alliance Compact ==\nOnly coordinators move support requests.\n")
                .doesNotContain("Commands start with /alliance")
                .contains("There is no form open to cancel.")
                .contains("== Request support == (type 'cancel' to close)")
                .contains("Closed without sending.");
    }
}
