package org.alliancecompact.slack.flows;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.alliancecompact.slack.slackapi.SlackLimits;

/**
 * Long mrkdwn text made to fit Slack: split across section blocks at line boundaries, each within
 * a section's 3,000 characters ({@link SlackLimits#SECTION_TEXT},
 * api.slack.com/reference/block-kit/blocks#section), and a short plain fallback for notifications.
 * Nothing is dropped: every character of the text is in one of the sections.
 */
final class TextBlocks {
    /**
     * The notification fallback ({@code text} beside blocks): Slack advises at most 4,000 characters
     * (api.slack.com/methods/chat.postMessage#truncating); the blocks carry the whole text.
     */
    static final int FALLBACK_TEXT = 4000;

    private TextBlocks() {}

    /** {@code mrkdwn} as section blocks of at most {@link SlackLimits#SECTION_TEXT} characters each. */
    static List<LayoutBlock> sections(String mrkdwn) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String part : split(mrkdwn, SlackLimits.SECTION_TEXT)) {
            blocks.add(Ui.text(part));
        }
        return blocks;
    }

    /**
     * Cuts {@code text} into parts of at most {@code max} characters: between lines where it can
     * (the line break is dropped), else a line longer than {@code max} after its last comma (a
     * list's item stays whole) or at its last space, never
     * inside a link or mention ({@code <...>}) nor an entity ({@code &amp;}). Blank text is one
     * part, "—" (a section's text may not be empty).
     */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > max) {
            int cut = cutBefore(rest, max);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest.isEmpty() ? "—" : rest);
        return parts;
    }

    /** Where to cut {@code s} so the first part has at most {@code max} characters. */
    private static int cutBefore(String s, int max) {
        int newline = s.lastIndexOf('\n', max);
        if (newline > 0) {
            return newline;
        }
        // a long line is a list ("A, B, C"): cut after a comma, so no item is split between sections
        int comma = s.lastIndexOf(", ", max - 1);
        int space = s.lastIndexOf(' ', max);
        int cut = comma > max / 2 ? comma + 1 : space > 0 ? space : max;
        // not inside <link|text> or <@U123>, nor inside &amp;
        int open = s.lastIndexOf('<', cut - 1);
        if (open > 0 && s.lastIndexOf('>', cut - 1) < open) {
            cut = open;
        }
        int amp = s.lastIndexOf('&', cut - 1);
        if (amp > 0 && s.lastIndexOf(';', cut - 1) < amp && cut - amp < 8) {
            cut = amp;
        }
        return cut > 0 ? cut : max;
    }

    /** The text's opening, at most {@link #FALLBACK_TEXT} characters, cut between lines, with "…" when cut. */
    static String fallback(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() <= FALLBACK_TEXT) {
            return t;
        }
        return split(t, FALLBACK_TEXT - 1).get(0) + "…";
    }
}
