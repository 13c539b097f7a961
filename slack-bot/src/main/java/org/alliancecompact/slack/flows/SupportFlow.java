package org.alliancecompact.slack.flows;

import com.slack.api.model.view.View;
import java.util.Map;
import org.alliancecompact.model.support.RequestStatus;

/**
 * Support requests, the entry point {@link BotApp} and {@link CommandRouter} call: a member files one for an
 * organisation it acts for ({@link SupportFiling}); it is posted to the improvement group's channel with its priority
 * and the brokerage flag ({@link SupportPosting}, {@link SupportMessage}); coordinators claim, broker, assign a
 * provider, start, complete and decline it from buttons, forms or typed commands ({@link SupportMoveChecks},
 * {@link SupportMoves}, {@link SupportMoveForms}); on completion the requester is asked for an evaluation, chased when it is late
 * ({@link SupportEvaluations}); {@code /alliance requests} shows the queue and the days ledger ({@link SupportQueue}).
 * This class only wires those use cases together and keeps the forms' callback ids in one place for the router and
 * the tests.
 * Each use case is a record of the parts it calls and holds no state of its own (SupportPosting aside, which
 * keeps the requests whose first post is under way), so none of them repeats field and constructor boilerplate.
 */
final class SupportFlow {
    static final String REQUEST_MODAL = SupportFiling.REQUEST_MODAL;
    static final String ASSIGN_MODAL = SupportMoveForms.ASSIGN_MODAL;
    static final String DECLINE_MODAL = SupportMoveForms.DECLINE_MODAL;
    static final String BROKER_MODAL = SupportMoveForms.BROKER_MODAL;
    static final String COMPLETE_MODAL = SupportMoveForms.COMPLETE_MODAL;
    static final String EVALUATION_MODAL = SupportEvaluations.EVALUATION_MODAL;

    SupportFlow(Services s) {
        SupportMessage messages = new SupportMessage(s);
        this.posting = new SupportPosting(s, messages);
        this.filing = new SupportFiling(s, posting);
        this.evaluations = new SupportEvaluations(s, messages);
        SupportMoveChecks checks = new SupportMoveChecks(s);
        this.moves = new SupportMoves(s, messages, evaluations, checks);
        this.forms = new SupportMoveForms(s, messages, checks, moves);
        this.queue = new SupportQueue(s, messages);
    }

    // ---- filing (SupportFiling, SupportPosting) ------------------------------------------------

    private final SupportFiling filing;

    private final SupportPosting posting;

    View requestModal(Caller c) {
        return filing.requestModal(c);
    }

    View requestModal(Caller c, String forMemberId) {
        return filing.requestModal(c, forMemberId);
    }

    Map<String, String> submitModal(Caller c, View view, Reply reply) {
        return filing.submitModal(c, view, reply);
    }

    Map<String, String> file(
            Caller c, String organisationId, String focus, String daysText, String providerId, Reply reply) {
        return filing.file(c, organisationId, focus, daysText, providerId, reply);
    }

    void postPending() {
        posting.postPending();
    }

    // ---- coordinators' moves (SupportMoves, SupportMoveForms) -----------------------------------

    private final SupportMoveForms forms;

    private final SupportMoves moves;

    void claim(Caller c, String id, Reply reply) {
        moves.claim(c, id, reply);
    }

    void start(Caller c, String id, Reply reply) {
        moves.start(c, id, reply);
    }

    void broker(Caller c, String id, String note, Reply reply) {
        moves.broker(c, id, note, reply);
    }

    void assign(Caller c, String id, String organisation, Reply reply) {
        moves.assign(c, id, organisation, reply);
    }

    void complete(Caller c, String id, String daysGiven, Reply reply) {
        moves.complete(c, id, daysGiven, reply);
    }

    void decline(Caller c, String id, String reason, Reply reply) {
        moves.decline(c, id, reason, reply);
    }

    void move(Caller c, String id, RequestStatus to, Reply reply) {
        moves.move(c, id, to, reply);
    }

    View assignModal(Caller c, String id) {
        return forms.assignModal(c, id);
    }

    View brokerModal(Caller c, String id) {
        return forms.brokerModal(c, id);
    }

    View completeModal(Caller c, String id) {
        return forms.completeModal(c, id);
    }

    View declineModal(Caller c, String id) {
        return forms.declineModal(c, id);
    }

    Map<String, String> submitAssign(Caller c, View view, Reply reply) {
        return forms.submitAssign(c, view, reply);
    }

    Map<String, String> submitBroker(Caller c, View view, Reply reply) {
        return forms.submitBroker(c, view, reply);
    }

    Map<String, String> submitComplete(Caller c, View view, Reply reply) {
        return forms.submitComplete(c, view, reply);
    }

    Map<String, String> submitDecline(Caller c, View view, Reply reply) {
        return forms.submitDecline(c, view, reply);
    }

    // ---- evaluation and queue (SupportEvaluations, SupportQueue) --------------------------------

    private final SupportQueue queue;

    private final SupportEvaluations evaluations;

    View evaluationModal(Caller c, String id) {
        return evaluations.evaluationModal(c, id);
    }

    Map<String, String> submitEvaluation(Caller c, View view, Reply reply) {
        return evaluations.submitEvaluation(c, view, reply);
    }

    void chaseEvaluations() {
        evaluations.chaseEvaluations();
    }

    void list(Caller c, Reply reply) {
        queue.list(c, reply);
    }
}
