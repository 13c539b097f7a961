package org.alliancecompact.slack.flows;

import com.slack.api.model.block.composition.OptionObject;
import java.util.List;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;

/**
 * Look-ups several support use cases share: a stored request by its number (a clear refusal when there is none), and
 * the current members a request may name as its provider (a former member never is one, issue 15).
 */
final class SupportLookup {
    private SupportLookup() {}

    static List<OptionObject> providerOptions(Services s, String exceptMemberId) {
        return s.directory.activeMembers().stream()
                .filter(m -> !m.id().equals(exceptMemberId))
                .map(m -> Ui.opt(m.name(), m.id()))
                .toList();
    }

    static SupportStore.Stored load(Services s, String id) {
        return s.support
                .find(id)
                .orElseThrow(() -> new IllegalArgumentException(BotText.get("support.refused.noRequest", id)));
    }
}
