package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.SupportWords.days;
import static org.alliancecompact.slack.flows.SupportWords.priorityLabel;
import static org.alliancecompact.slack.flows.SupportWords.ratingLabel;
import static org.alliancecompact.slack.flows.SupportWords.statusLabel;
import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.alliancecompact.model.support.RequestLifecycle;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;

/**
 * The Block Kit rendering of a request's message in the improvement group's channel: what is asked, its priority (the
 * requester's support category, Oldham's support categories), the brokerage flag (the profile's rule), its status,
 * provider, days given and evaluation, and the coordinators' next moves as buttons (the same in the queue). Every text
 * comes from the bundle (BotText, support section).
 */
record SupportMessage(Services s) {
    private SupportRules rules() {
        return s.profile.support();
    }

    String summary(SupportStore.Stored st) {
        SupportRequest r = st.request();
        return BotText.get(
                "support.summary",
                r.id(),
                esc(s.directory.nameOf(r.requesterMemberId())),
                days(r.days()),
                priorityLabel(st.category()),
                statusLabel(r.status()));
    }

    /**
     * The arguments of a request's heading on its forms ({@code support.modal.request},
     * {@code support.evaluation.request}): {0} its number, {1} who asks (escaped), {2} what for (escaped).
     */
    Object[] headingArguments(SupportRequest r) {
        return new Object[] {r.id(), esc(s.directory.nameOf(r.requesterMemberId())), esc(r.focus())};
    }

    /** The channel message: what is asked, its priority, brokerage flag, status and the next moves. */
    List<LayoutBlock> message(SupportStore.Stored st) {
        SupportRequest r = st.request();
        List<String> lines = new ArrayList<>();
        lines.add(BotText.get("support.message.title", r.id(), esc(s.directory.nameOf(r.requesterMemberId()))));
        lines.add(BotText.get("support.message.focus", esc(r.focus())));
        String daysLine = BotText.get("support.message.days", days(r.days()), priorityLabel(st.category()));
        if (st.brokerageRequired()) {
            daysLine += " "
                    + (rules().everyRequestBrokered()
                            ? BotText.get("support.message.brokerage.every")
                            : BotText.get("support.message.brokerage.over", days(rules().brokerageThresholdDays())));
        }
        lines.add(daysLine);
        if (r.preferredProviderMemberId() != null) {
            lines.add(BotText.get("support.message.preferred", esc(s.directory.nameOf(r.preferredProviderMemberId()))));
        }
        if (st.brokerNote() != null) {
            lines.add(BotText.get("support.message.brokerNote", esc(st.brokerNote())));
        }
        String status = BotText.get("support.message.status", statusLabel(r.status()));
        if (r.claimedBy() != null) {
            status += " " + BotText.get("support.message.coordinator", r.claimedBy());
        }
        if (r.providerMemberId() != null) {
            status += " " + BotText.get("support.message.provider", esc(s.directory.nameOf(r.providerMemberId())));
        }
        if (r.status().delivered()) {
            BigDecimal extra = r.daysDelivered().subtract(r.days());
            status += " "
                    + (extra.signum() > 0
                            ? BotText.get("support.message.daysGivenMore", days(r.daysDelivered()), days(extra))
                            : BotText.get("support.message.daysGiven", days(r.daysDelivered())));
        }
        lines.add(status);
        if (r.status() == RequestStatus.EVALUATED) {
            s.support
                    .evaluation(r.id())
                    .ifPresent(e -> lines.add(BotText.get(
                            "support.message.evaluation", e.rating(), ratingLabel(e.rating()), esc(e.impact()))));
        }
        List<LayoutBlock> blocks = new ArrayList<>(TextBlocks.sections(String.join("\n", lines)));
        moveButtons(r).ifPresent(blocks::add);
        return blocks;
    }

    /** The moves a coordinator may make next, as buttons: the same on the channel post and in the queue. */
    Optional<LayoutBlock> moveButtons(SupportRequest r) {
        List<ButtonElement> buttons = new ArrayList<>();
        Set<RequestStatus> next = RequestLifecycle.nextStates(r, rules());
        for (RequestStatus to : MOVES) {
            if (next.contains(to)) {
                buttons.add(Ui.button(actionId(to), BotText.get("support.button." + to.name()), r.id()));
            }
        }
        return buttons.isEmpty() ? Optional.empty() : Optional.of(Ui.buttons("support_" + r.id(), buttons));
    }

    /** The coordinators' moves, in the order their buttons show. */
    static final List<RequestStatus> MOVES = List.of(
            RequestStatus.CLAIMED,
            RequestStatus.BROKERED,
            RequestStatus.ASSIGNED,
            RequestStatus.IN_PROGRESS,
            RequestStatus.COMPLETED,
            RequestStatus.DECLINED);

    /** The button's action id for a move, such as {@code support:in_progress}. */
    static String actionId(RequestStatus to) {
        return "support:" + to.name().toLowerCase(Locale.ROOT);
    }
}
