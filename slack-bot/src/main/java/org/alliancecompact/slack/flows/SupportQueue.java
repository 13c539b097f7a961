package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.SupportWords.days;
import static org.alliancecompact.slack.flows.SupportWords.priorityLabel;
import static org.alliancecompact.slack.flows.SupportWords.statusLabel;
import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.register.SupportCategory;
import org.alliancecompact.model.support.Priority;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.confluence.PluginUnavailable;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /alliance requests} and the Home tab's queue button: the coordinators' open queue by priority (the
 * requester's support category, Oldham's support categories), a member's own requests, and the days ledger; the
 * categories shown are only those the caller may see (Oldham 3.3-3.5).
 */
record SupportQueue(Services s, SupportMessage messages) {
    private static final Logger log = LoggerFactory.getLogger(SupportQueue.class);

    // ---- queue and ledger ---------------------------------------------------------------------

    /**
     * {@code /alliance requests} and the Home tab's queue button: coordinators see the open queue by priority, each
     * request with the same buttons as its channel post; members the requests of every organisation they act for
     * (as requester or provider), completed ones of their own with the Evaluate button. Then the days ledger. As
     * many messages as Slack's 50 blocks a message need ({@link Reply#show}).
     */
    void list(Caller c, Reply reply) {
        List<SupportStore.Stored> all = s.support.all();
        Map<String, SupportCategory> categories = currentCategories(c, all);
        List<SupportStore.Stored> shown = all.stream()
                .filter(st -> c.coordinator()
                        ? st.request().status().open()
                        : c.actsFor(st.request().requesterMemberId())
                                || c.actsFor(st.request().providerMemberId()))
                .sorted(java.util.Comparator.comparing(SupportStore.Stored::request, Priority.comparator(categories)))
                .toList();
        String title = c.coordinator()
                ? BotText.get("support.queue.coordinator")
                : BotText.get(
                        "support.queue.member",
                        esc(Words.list(
                                c.organisations().stream().map(MemberDto::name).toList())));
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder fallback = new StringBuilder(title);
        if (shown.isEmpty()) {
            fallback.append('\n').append(BotText.get("support.queue.none"));
        }
        blocks.add(Ui.text(fallback.toString()));
        for (SupportStore.Stored st : shown) {
            SupportRequest r = st.request();
            String line = BotText.get(
                    "support.queue.line",
                    r.id(),
                    esc(s.directory.nameOf(r.requesterMemberId())),
                    esc(r.focus()),
                    days(r.days()),
                    priorityLabel(categories.get(r.requesterMemberId())),
                    st.brokerageRequired() ? BotText.get("support.queue.brokerage") : "",
                    statusLabel(r.status()),
                    r.providerMemberId() == null
                            ? ""
                            : BotText.get("support.queue.provider", esc(s.directory.nameOf(r.providerMemberId()))));
            fallback.append('\n').append(line);
            blocks.add(Ui.text(line));
            if (c.coordinator()) {
                messages.moveButtons(r).ifPresent(blocks::add);
            } else if (r.status() == RequestStatus.COMPLETED && c.actsFor(r.requesterMemberId())) {
                blocks.add(Ui.buttons(
                        "eval_" + r.id(),
                        List.of(Ui.primary("support:evaluate", BotText.get("support.button.evaluate"), r.id()))));
            }
        }
        Set<String> memberIds = new LinkedHashSet<>();
        if (c.coordinator()) {
            s.directory.activeMembers().forEach(m -> memberIds.add(m.id()));
        } else {
            memberIds.addAll(c.memberIds());
        }
        String ledger = new SupportLedger(s).text(memberIds, all, false);
        blocks.addAll(TextBlocks.sections(ledger));
        // the notification text holds the whole answer, as far as Slack's limit allows (TextBlocks.fallback)
        reply.show(fallback.append("\n\n").append(ledger).toString(), blocks);
    }

    /**
     * The support categories {@code c} may see: a coordinator every one; anyone else only what the plugin
     * shows that person (the register read with {@code ?viewer=}, Oldham 3.3-3.5: a provider whose support
     * has ended no longer sees the recipient's category), plus the categories stored with the requests of the
     * organisations they act for. Never the bot's own, wider view.
     */
    private Map<String, SupportCategory> currentCategories(Caller c, List<SupportStore.Stored> all) {
        String viewer = c.coordinator() ? null : c.email();
        Map<String, SupportCategory> categories = new HashMap<>();
        for (SupportStore.Stored st : all) {
            if (st.category() != null
                    && (viewer == null || c.actsFor(st.request().requesterMemberId()))) {
                categories.put(st.request().requesterMemberId(), st.category());
            }
        }
        try {
            for (RegisterRowDto row : s.plugin.register(viewer).rows()) {
                categories.put(row.memberId(), row.category());
            }
        } catch (PluginUnavailable e) {
            log.info("Register unavailable; ordering by the categories stored with each request");
        }
        return categories;
    }
}
