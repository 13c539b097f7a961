package org.alliancecompact.slack.slackapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {
    @Test
    void decode_turns_slacks_three_entities_back_into_what_was_typed_once() {
        assertThat(SlackText.decode("Maths &amp; English moderation &lt;Y6&gt;"))
                .isEqualTo("Maths & English moderation <Y6>");
        // typed "&lt;" arrives as "&amp;lt;" and must come back as "&lt;", not "<"
        assertThat(SlackText.decode("&amp;lt; &amp;amp;")).isEqualTo("&lt; &amp;");
        assertThat(SlackText.decode("AT&T &quot; &#60;")).isEqualTo("AT&T &quot; &#60;");
        assertThat(SlackText.decode(null)).isNull();
    }

    @Test
    void escape_shows_control_characters_literally_and_round_trips_with_decode() {
        String typed = "<!channel> & <@U123|boss> <https://evil.example|click>";
        assertThat(SlackText.escape(typed))
                .isEqualTo("&lt;!channel&gt; &amp; &lt;@U123|boss&gt; &lt;https://evil.example|click&gt;")
                .doesNotContain("<")
                .doesNotContain(">");
        assertThat(SlackText.decode(SlackText.escape(typed))).isEqualTo(typed);
        assertThat(SlackText.escape(null)).isEmpty();
    }

    @Test
    void a_link_cannot_be_ended_early_relabelled_or_followed_by_a_mention() {
        String link = SlackText.link("https://meet.example/x|pwned> <!channel", "online link");
        assertThat(link).isEqualTo("<https://meet.example/x%7Cpwned%3E%20%3C!channel|online link>");
        // exactly one control sequence: the link itself
        assertThat(link.chars().filter(c -> c == '<')).hasSize(1);
        assertThat(link.chars().filter(c -> c == '>')).hasSize(1);
        assertThat(link.chars().filter(c -> c == '|')).hasSize(1);
    }

    @Test
    void a_link_label_is_escaped_and_its_bar_cannot_start_another_label() {
        assertThat(SlackText.link("https://wiki.example/?a=1&b=2", "Q&A <b>|x"))
                .isEqualTo("<https://wiki.example/?a=1&amp;b=2|Q&amp;A &lt;b&gt;¦x>");
    }

    @Test
    void an_address_that_is_not_http_is_shown_as_text_not_linked() {
        assertThat(SlackText.link("javascript:alert(1)", "online link")).isEqualTo("javascript:alert(1) (online link)");
        assertThat(SlackText.link("<!here>", "x")).isEqualTo("&lt;!here&gt; (x)");
    }
}
