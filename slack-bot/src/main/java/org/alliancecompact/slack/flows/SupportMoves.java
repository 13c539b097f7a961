package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.SupportLookup.load;
import static org.alliancecompact.slack.flows.SupportWords.days;
import static org.alliancecompact.slack.flows.SupportWords.statusLabel;
import static org.alliancecompact.slack.flows.Ui.esc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinators' moves on a request: claim, broker (with a note), assign a provider, start, complete (with the days
 * actually given) and decline (with a reason), from a button, a typed command or a form. Each is checked by
 * {@link SupportMoveChecks}, stored, then reported in the request's thread and to the requester with its reason and
 * the provider's name, the provider told, and on completion the requester asked for an evaluation; a notice Slack
 * refuses never undoes a stored move.
 */
record SupportMoves(Services s, SupportMessage messages, SupportEvaluations evaluations, SupportMoveChecks checks) {
    private static final Logger log = LoggerFactory.getLogger(SupportMoves.class);

    /** A move from a button or a typed command: errors are answered in words, the move stored and announced. */
    private void now(Caller c, SupportMoveChecks.Checked checked, Reply reply) {
        if (checked.move() == null) {
            throw new IllegalArgumentException(String.join(" ", checked.errors().values()));
        }
        commit(c, checked.move(), true, reply);
    }

    /** A move from a form: errors on its field before the acknowledgement; stored and announced after it. */
    Map<String, String> submitted(Caller c, SupportMoveChecks.Checked checked, Reply reply) {
        if (checked.move() == null) {
            return checked.errors();
        }
        s.later(reply, () -> commit(c, checked.move(), false, reply));
        return Map.of();
    }

    void claim(Caller c, String id, Reply reply) {
        now(c, checks.checkClaim(c, id), reply);
    }

    void start(Caller c, String id, Reply reply) {
        now(c, checks.checkStart(c, id), reply);
    }

    /** {@code /alliance broker <request> <note>}. */
    void broker(Caller c, String id, String note, Reply reply) {
        now(c, checks.checkBroker(c, id, note), reply);
    }

    /** {@code /alliance assign <request> <organisation>}: the organisation by name or id, a current member. */
    void assign(Caller c, String id, String organisation, Reply reply) {
        String providerId = s.directory
                .findMember(organisation)
                .map(MemberDto::id)
                .orElseThrow(
                        () -> new IllegalArgumentException(BotText.get("support.command.noProvider", organisation)));
        now(c, checks.checkAssign(c, id, providerId), reply);
    }

    /** {@code /alliance complete <request> <days given>}. */
    void complete(Caller c, String id, String daysGiven, Reply reply) {
        now(c, checks.checkComplete(c, id, daysGiven), reply);
    }

    /** {@code /alliance decline <request> <reason>}. */
    void decline(Caller c, String id, String reason, Reply reply) {
        now(c, checks.checkDecline(c, id, reason), reply);
    }

    /** Claim or start from a button (the moves that need nothing more). */
    void move(Caller c, String id, RequestStatus to, Reply reply) {
        switch (to) {
            case CLAIMED -> claim(c, id, reply);
            case IN_PROGRESS -> start(c, id, reply);
            default -> throw new IllegalArgumentException(BotText.get("support.command.usage"));
        }
    }

    /**
     * Stores the move, then tells the group's thread, the requester, and (by the move) the provider or requester;
     * {@code confirm} also tells the one who moved it (a button or a typed command).
     */
    private void commit(Caller c, SupportMoveChecks.Move m, boolean confirm, Reply reply) {
        SupportRequest before = m.st().request();
        SupportRequest after = m.after();
        if (!s.support.move(before, after, c.slackUser(), s.now(), m.note(), m.push())) {
            reply.text(BotText.get("support.moved.someoneElse", after.id()));
            return;
        }
        s.flushOutbox();
        if (confirm) {
            // a button or a typed command has no form that closes to say it is done
            reply.text(BotText.get("support.moved.done", after.id(), statusLabel(after.status())));
        }
        notifying(after, reply, () -> announceMove(c, m.st(), after, m.note()));
        if (after.status() == RequestStatus.ASSIGNED) {
            notifying(after, reply, () -> tellProvider(after, reply));
        }
        if (after.status() == RequestStatus.COMPLETED) {
            notifying(after, reply, () -> evaluations.askForEvaluation(after, m.st().requesterSlackUser(), false));
        }
    }

    /**
     * Runs {@code notices} about a move already stored. When Slack refuses one, the person who made the
     * move is told it stands and what was not shown, instead of being asked to try again (a repeat
     * would be refused as a move from the wrong status).
     */
    private void notifying(SupportRequest after, Reply reply, Runnable notices) {
        try {
            notices.run();
        } catch (SlackCallFailed e) {
            log.warn("Request {} moved to {}, a notice failed: {}", after.id(), after.status(), e.getMessage());
            reply.text(
                    BotText.get("support.moved.noticeFailed", after.id(), statusLabel(after.status()), esc(e.error())));
        }
    }

    /**
     * What a move says, with its reason and the provider's name, in the texts {@code prefix + status} ({@code
     * support.thread.} for the group's thread, {@code support.told.} for the requester), which may use {0} the
     * request's number, {1} its focus, {2} who moved it, {3} the provider, {4} the reason (the broker's note or why
     * it was declined), {5} the days given, {6} the days asked for and {7} the days given beyond them.
     */
    private String moveText(String prefix, Caller c, SupportRequest after, String note) {
        RequestStatus status = after.status();
        // each coordinator's move has words of its own; any other (withdrawn, evaluated) says its new status
        if (!SupportMessage.MOVES.contains(status)) {
            return BotText.get("support.moved.done", after.id(), statusLabel(status));
        }
        String provider = after.providerMemberId() == null ? "" : esc(s.directory.nameOf(after.providerMemberId()));
        String reason = status == RequestStatus.DECLINED ? after.closingReason() : note;
        // support that overran what was asked says so, so the days ledger's figure is explained ({7} the extra)
        BigDecimal extra = after.daysDelivered().subtract(after.days());
        boolean overran = status == RequestStatus.COMPLETED && extra.signum() > 0;
        return BotText.get(
                prefix + status.name() + (overran ? ".more" : ""),
                after.id(),
                esc(after.focus()),
                c.slackUser(),
                provider,
                reason == null ? "" : esc(Words.sentence(reason)),
                days(after.daysDelivered()),
                days(after.days()),
                overran ? days(extra) : "");
    }

    private void announceMove(Caller c, SupportStore.Stored st, SupportRequest after, String note) {
        SupportStore.Stored fresh = load(s, after.id());
        if (fresh.threadTs() != null) {
            s.slack.update(fresh.channel(), fresh.threadTs(), messages.summary(fresh), messages.message(fresh));
            s.slack.postInThread(fresh.channel(), fresh.threadTs(), moveText("support.thread.", c, after, note));
        }
        if (!c.slackUser().equals(st.requesterSlackUser())) {
            String text = moveText("support.told.", c, after, note);
            s.slack.post(st.requesterSlackUser(), text, List.of(Ui.text(text)));
        }
    }

    /**
     * Tells the provider's invitees (its heads, else its deputies). One whose account Slack refuses does
     * not keep the others from the message; the coordinator is told who was not reached, so they can
     * tell them another way. The message shows no register category, so it needs no read of the register.
     */
    private void tellProvider(SupportRequest r, Reply coordinator) {
        MemberDto provider = s.directory.member(r.providerMemberId()).orElseThrow();
        String text = BotText.get(
                "support.provider.told",
                esc(provider.name()),
                esc(s.directory.nameOf(r.requesterMemberId())),
                r.id(),
                esc(r.focus()),
                days(r.days()));
        Map<String, String> refused = s.slack.postToEach(
                s.directory.inviteesOf(provider),
                BotText.get("support.provider.fallback", r.id()),
                List.of(Ui.text(text)));
        if (!refused.isEmpty()) {
            List<String> notReached = new ArrayList<>();
            refused.forEach(
                    (user, error) -> notReached.add(BotText.get("support.provider.refusedOne", user, esc(error))));
            coordinator.text(
                    BotText.get("support.provider.notReached", r.id(), esc(provider.name()), Words.list(notReached)));
        }
    }
}
