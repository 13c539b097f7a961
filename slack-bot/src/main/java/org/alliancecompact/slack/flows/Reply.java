package org.alliancecompact.slack.flows;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.alliancecompact.slack.slackapi.SlackLimits;

/** Where an answer to one person goes: the request's response_url (ephemeral) or a direct message. */
@FunctionalInterface
interface Reply {
    /** One message; its blocks must fit one message (see {@link #show}). */
    void send(String text, List<LayoutBlock> blocks);

    /**
     * An answer of any length: its blocks in as many messages as Slack's 50-block limit needs
     * ({@link BlockPages}), each item beside its buttons; {@code text} becomes the first message's
     * notification fallback ({@link TextBlocks#fallback}), later ones say which part they are. A
     * response_url takes 5 messages (api.slack.com/interactivity/handling#message_responses), so an
     * answer there holds up to 250 blocks: at 300 organisations the longest, the meetings list with
     * 40 meetings, takes 2.
     */
    default void show(String text, List<LayoutBlock> blocks) {
        List<List<LayoutBlock>> pages = BlockPages.of(blocks, SlackLimits.MESSAGE_BLOCKS);
        for (int i = 0; i < pages.size(); i++) {
            send(
                    i == 0 ? TextBlocks.fallback(text) : "Continued (part " + (i + 1) + " of " + pages.size() + ")",
                    pages.get(i));
        }
    }

    /** A text answer of any length, split across sections at line boundaries ({@link TextBlocks}). */
    default void text(String text) {
        show(text, TextBlocks.sections(text));
    }
}
