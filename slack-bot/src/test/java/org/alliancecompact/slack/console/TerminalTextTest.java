package org.alliancecompact.slack.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 17 point 10: the console shows Slack's formatting as a terminal can")
class TerminalTextTest {
    private final TerminalText plain =
            new TerminalText(id -> Map.of("UANN", "Ann Head").getOrDefault(id, id), false);
    private final TerminalText ansi = new TerminalText(id -> id, true);

    @Test
    void emphasis_is_plain_text_off_a_terminal_and_ansi_on_one() {
        assertThat(plain.render("*Support request #3* is _confidential_, ~gone~"))
                .isEqualTo("Support request #3 is confidential, gone");
        assertThat(ansi.render("*bold* and _italic_")).isEqualTo("\u001b[1mbold\u001b[0m and \u001b[3mitalic\u001b[0m");
    }

    @Test
    void links_show_their_text_and_address_once() {
        assertThat(plain.render("Join <https://meet.example/abc|online link>"))
                .isEqualTo("Join online link (https://meet.example/abc)");
        assertThat(plain.render("<https://meet.example/abc|https://meet.example/abc> and <https://x.example/a_b_c>"))
                .isEqualTo("https://meet.example/abc and https://x.example/a_b_c");
        assertThat(plain.render("<mailto:a@b.example|a@b.example>")).isEqualTo("a@b.example");
    }

    @Test
    void people_by_name_channels_by_name_and_special_mentions() {
        assertThat(plain.render("<@UANN> claimed it in <#C123|improvement-group>; <!here>"))
                .isEqualTo("Ann Head claimed it in #improvement-group; @here");
    }

    @Test
    void emoji_names_become_emoji_or_words_and_times_are_left_alone() {
        assertThat(plain.render(":warning: at 10:30:00 :some_new_thing:")).isEqualTo("⚠️ at 10:30:00 (some new thing)");
    }

    @Test
    void backticks_are_removed_and_their_text_is_not_formatted() {
        assertThat(plain.render("Usage: `/alliance rsvp <meeting> attend` or ```*raw*```"))
                .isEqualTo("Usage: /alliance rsvp <meeting> attend or *raw*");
        assertThat(plain.render("Usage: `/alliance rsvp &lt;meeting&gt; attend`"))
                .isEqualTo("Usage: /alliance rsvp <meeting> attend");
    }

    @Test
    void escaped_characters_come_back_and_snake_case_words_stay() {
        assertThat(plain.render("St Mary &amp; St John &lt;3 a_b_c 2*3*4"))
                .isEqualTo("St Mary & St John <3 a_b_c 2*3*4");
    }
}
