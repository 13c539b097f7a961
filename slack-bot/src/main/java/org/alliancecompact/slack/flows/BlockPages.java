package org.alliancecompact.slack.flows;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A block list cut into pages Slack takes: at most 50 blocks a message and 100 a modal or Home tab
 * ({@link org.alliancecompact.slack.slackapi.SlackLimits#MESSAGE_BLOCKS},
 * api.slack.com/reference/block-kit/blocks). A block and the buttons that follow it (actions blocks)
 * stay on the same page, so each item's buttons are beside it. Nothing is dropped.
 */
final class BlockPages {
    private BlockPages() {}

    /** {@code blocks} in order, cut into pages of at most {@code max} blocks; one page when they fit. */
    static List<List<LayoutBlock>> of(List<LayoutBlock> blocks, int max) {
        List<List<LayoutBlock>> units = new ArrayList<>();
        for (LayoutBlock b : blocks) {
            if (b instanceof ActionsBlock
                    && !units.isEmpty()
                    && units.get(units.size() - 1).size() < max) {
                units.get(units.size() - 1).add(b);
            } else {
                units.add(new ArrayList<>(List.of(b)));
            }
        }
        List<List<LayoutBlock>> pages = new ArrayList<>();
        List<LayoutBlock> page = new ArrayList<>();
        for (List<LayoutBlock> unit : units) {
            if (!page.isEmpty() && page.size() + unit.size() > max) {
                pages.add(page);
                page = new ArrayList<>();
            }
            page.addAll(unit);
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}
