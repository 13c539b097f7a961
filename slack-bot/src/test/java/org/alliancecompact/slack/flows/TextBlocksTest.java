package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.util.ArrayList;
import java.util.List;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.junit.jupiter.api.Test;

/** Long text split across sections and long block lists cut into pages, losing nothing. */
class TextBlocksTest {

    @Test
    void text_within_a_section_is_one_section_and_longer_text_is_cut_between_lines() {
        assertThat(TextBlocks.split("short", 3000)).containsExactly("short");
        String line = "x".repeat(999);
        String text = String.join("\n", line, line, line, line); // 3,999 characters
        List<String> parts = TextBlocks.split(text, 3000);
        assertThat(parts).containsExactly(line + "\n" + line + "\n" + line, line);
        assertThat(String.join("\n", parts)).isEqualTo(text);
    }

    @Test
    void a_line_longer_than_a_section_is_cut_after_a_comma_so_no_item_is_split() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add("St Mary &amp; St John School " + i);
        }
        String line = "*Absent* (200): " + String.join(", ", items);
        List<String> parts = TextBlocks.split(line, SlackLimits.SECTION_TEXT);
        assertThat(parts)
                .hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SlackLimits.SECTION_TEXT));
        for (String item : items) {
            assertThat(parts).anySatisfy(p -> assertThat(p).contains(item));
        }
    }

    @Test
    void a_cut_never_falls_inside_a_link_or_an_entity() {
        String text = "a".repeat(2990) + " <https://x.example/long|link text> more";
        List<String> parts = TextBlocks.split(text, 3000);
        assertThat(parts.get(1)).startsWith("<https://x.example/long|link text>");
        String entities = "b".repeat(2998) + "&amp; c";
        assertThat(TextBlocks.split(entities, 3000).get(1)).startsWith("&amp;");
    }

    @Test
    void the_fallback_is_at_most_4000_characters_and_says_it_was_cut() {
        String text = ("line of text\n").repeat(1000);
        String fallback = TextBlocks.fallback(text);
        assertThat(fallback.length()).isLessThanOrEqualTo(TextBlocks.FALLBACK_TEXT);
        assertThat(fallback).endsWith("…").startsWith("line of text\nline of text");
        assertThat(TextBlocks.fallback("short")).isEqualTo("short");
    }

    @Test
    void pages_hold_at_most_the_limit_and_keep_each_item_beside_its_buttons() {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(DividerBlock.builder().build());
        for (int i = 0; i < 40; i++) {
            blocks.add(Ui.text("meeting " + i));
            blocks.add(Ui.buttons("m" + i, List.of(Ui.button("rsvp:attend", "Attend", "" + i))));
        }
        List<List<LayoutBlock>> pages = BlockPages.of(blocks, SlackLimits.MESSAGE_BLOCKS);
        assertThat(pages).hasSize(2);
        assertThat(pages).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(SlackLimits.MESSAGE_BLOCKS));
        assertThat(pages.get(0).get(pages.get(0).size() - 1)).isInstanceOf(ActionsBlock.class);
        assertThat(pages.get(1).get(0)).isInstanceOf(SectionBlock.class);
        assertThat(pages.stream().mapToInt(List::size).sum()).isEqualTo(blocks.size());
        assertThat(BlockPages.of(List.of(), 50)).containsExactly(List.of());
    }
}
