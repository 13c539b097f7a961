package org.alliancecompact.slack.flows;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** Where an answer to one person goes: the request's response_url (ephemeral) or a direct message. */
@FunctionalInterface
interface Reply {
    void send(String text, List<LayoutBlock> blocks);

    default void text(String text) {
        send(text, List.of(Ui.text(text)));
    }
}
