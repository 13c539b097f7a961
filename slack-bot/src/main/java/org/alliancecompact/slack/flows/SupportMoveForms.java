package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.SupportLookup.load;
import static org.alliancecompact.slack.flows.SupportLookup.providerOptions;
import static org.alliancecompact.slack.flows.SupportWords.days;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.slack.text.BotText;

/**
 * The forms of the coordinators' moves that need more than a button: assign (the provider, the preferred one first),
 * broker (the note), complete (the days actually given, the days asked for first) and decline (the reason); opened
 * only when the move may be made, and checked by {@link SupportMoveChecks} and stored
 * by {@link SupportMoves}.
 */
record SupportMoveForms(Services s, SupportMessage messages, SupportMoveChecks checks, SupportMoves moves) {
    static final String ASSIGN_MODAL = "support_assign";
    static final String DECLINE_MODAL = "support_decline";
    static final String BROKER_MODAL = "support_broker";
    static final String COMPLETE_MODAL = "support_complete";

    /** A form for one move: the request it is for (in the private metadata), and the move's one field. */
    private View moveModal(Caller c, String id, RequestStatus to, String callbackId, String prefix, LayoutBlock field) {
        SupportMoveChecks.Checked checked =
                checks.check(c, id, to, "request", st -> new SupportMoveChecks.Checked(null, Map.of()));
        if (!checked.errors().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", checked.errors().values()));
        }
        SupportRequest r = load(s, id).request();
        return Ui.modal(
                callbackId,
                BotText.get(prefix + "title"),
                BotText.get(prefix + "submit"),
                r.id(),
                List.of(Ui.text(BotText.get("support.modal.request", messages.headingArguments(r))), field));
    }

    /**
     * A move's form whose one field is free text of up to {@link SupportMoveChecks#MAX_NOTE} characters, labelled by the
     * text {@code prefix + field} ({@code support.broker.note}, {@code support.decline.reason}).
     */
    private View noteModal(Caller c, String id, RequestStatus to, String callbackId, String prefix, String field) {
        return moveModal(
                c,
                id,
                to,
                callbackId,
                prefix,
                Ui.textInput(field, BotText.get(prefix + field), true, false, SupportMoveChecks.MAX_NOTE));
    }

    View assignModal(Caller c, String id) {
        SupportRequest r = load(s, id).request();
        List<OptionObject> providers = providerOptions(s, r.requesterMemberId());
        OptionObject initial = r.preferredProviderMemberId() == null
                ? null
                : providers.stream()
                        .filter(o -> o.getValue().equals(r.preferredProviderMemberId()))
                        .findFirst()
                        .orElse(null);
        return moveModal(
                c,
                id,
                RequestStatus.ASSIGNED,
                ASSIGN_MODAL,
                "support.assign.",
                Ui.select("provider", BotText.get("support.assign.provider"), providers, initial, false));
    }

    View brokerModal(Caller c, String id) {
        return noteModal(c, id, RequestStatus.BROKERED, BROKER_MODAL, "support.broker.", "note");
    }

    View completeModal(Caller c, String id) {
        SupportRequest r = load(s, id).request();
        InputBlock given = Ui.textInput(
                "days_given",
                BotText.get("support.complete.daysGiven", days(r.days()), days(SupportRequest.MAX_DAYS)),
                false,
                false,
                6);
        // the days asked for, as the likeliest answer
        ((PlainTextInputElement) given.getElement())
                .setInitialValue(r.days().stripTrailingZeros().toPlainString());
        return moveModal(c, id, RequestStatus.COMPLETED, COMPLETE_MODAL, "support.complete.", given);
    }

    View declineModal(Caller c, String id) {
        return noteModal(c, id, RequestStatus.DECLINED, DECLINE_MODAL, "support.decline.", "reason");
    }

    Map<String, String> submitAssign(Caller c, View view, Reply reply) {
        return moves.submitted(c, checks.checkAssign(c, view.getPrivateMetadata(), Ui.value(view, "provider")), reply);
    }

    Map<String, String> submitBroker(Caller c, View view, Reply reply) {
        return moves.submitted(c, checks.checkBroker(c, view.getPrivateMetadata(), Ui.value(view, "note")), reply);
    }

    Map<String, String> submitComplete(Caller c, View view, Reply reply) {
        return moves.submitted(
                c, checks.checkComplete(c, view.getPrivateMetadata(), Ui.value(view, "days_given")), reply);
    }

    Map<String, String> submitDecline(Caller c, View view, Reply reply) {
        return moves.submitted(c, checks.checkDecline(c, view.getPrivateMetadata(), Ui.value(view, "reason")), reply);
    }
}
